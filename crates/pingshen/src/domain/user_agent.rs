//! Which browser a page is opened in, from its user agent: links to this
//! app travel in WeChat groups and open in the messenger's own browser,
//! where file downloads vanish, `print()` does nothing and the clipboard is
//! often refused; Safari clears a site's storage after 7 days unvisited.
//!
//! ```
//! use pingshen::domain::user_agent::{in_app, InApp};
//! let wechat = "Mozilla/5.0 (Linux; Android 14; V2307A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.103 Mobile Safari/537.36 XWEB/1300289 MMWEBSDK/20241103 MMWEBID/1234 MicroMessenger/8.0.55.2780(0x28003737) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64";
//! assert_eq!(in_app(wechat), Some(InApp { name: "微信", ios: false }));
//! assert_eq!(in_app("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36"), None);
//! ```

/// An app's own browser (a WebView inside a messenger or a payment app).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InApp {
    /// The app, in Chinese: `微信`, `企业微信`, `QQ`, ….
    pub name: &'static str,
    /// On iPhone or iPad (no service worker in an in-app WKWebView; WeChat
    /// shares the first address visited).
    pub ios: bool,
}

/// The marks of in-app browsers in their user agents, most specific first
/// (企业微信 also says MicroMessenger). QQ's own browser says `QQ/`, the
/// QQ Browser app `MQQBrowser` without `QQ/`: only the former is in-app.
const IN_APP_MARKS: [(&str, &str); 11] = [
    ("wxwork/", "企业微信"),
    ("MicroMessenger", "微信"),
    (" QQ/", "QQ"),
    ("DingTalk", "钉钉"),
    ("AlipayClient", "支付宝"),
    ("Weibo", "微博"),
    ("Lark/", "飞书"),
    ("Feishu", "飞书"),
    ("aweme", "抖音"),
    ("BytedanceWebview", "抖音"),
    ("baiduboxapp", "百度"),
];

/// The in-app browser this user agent belongs to, if any.
///
/// ```
/// use pingshen::domain::user_agent::in_app;
/// let ios_wechat = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800323d) NetType/WIFI Language/zh_CN";
/// assert!(in_app(ios_wechat).unwrap().ios);
/// ```
pub fn in_app(user_agent: &str) -> Option<InApp> {
    let name = IN_APP_MARKS
        .iter()
        .find(|(mark, _)| user_agent.contains(mark))
        .map(|(_, name)| *name)?;
    Some(InApp {
        name,
        ios: is_ios(user_agent),
    })
}

/// On iPhone, iPad or iPod (every browser there is WebKit).
pub fn is_ios(user_agent: &str) -> bool {
    ["iPhone", "iPad", "iPod"]
        .iter()
        .any(|d| user_agent.contains(d))
}

/// Safari (or any iOS browser, all WebKit), whose storage is cleared after
/// 7 days of use without a visit unless the site is on the home screen.
///
/// ```
/// use pingshen::domain::user_agent::clears_unvisited_storage;
/// let safari = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
/// assert!(clears_unvisited_storage(safari));
/// let chrome = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
/// assert!(!clears_unvisited_storage(chrome));
/// ```
pub fn clears_unvisited_storage(user_agent: &str) -> bool {
    let desktop_safari = user_agent.contains("Safari/")
        && !["Chrome/", "Chromium/", "Edg/", "Android", "Firefox/"]
            .iter()
            .any(|m| user_agent.contains(m));
    is_ios(user_agent) || desktop_safari
}

#[cfg(test)]
mod tests {
    use super::*;

    /// User agents as these browsers send them (from their vendors'
    /// documentation and captured requests, versions of 2024–2026).
    #[test]
    fn in_app_browsers_by_user_agent() {
        let table: [(&str, Option<&str>, bool); 12] = [
            ("Mozilla/5.0 (Linux; Android 14; V2307A Build/UP1A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.103 Mobile Safari/537.36 XWEB/1300289 MMWEBSDK/20241103 MicroMessenger/8.0.55.2780(0x28003737) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64", Some("微信"), false),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800323d) NetType/WIFI Language/zh_CN", Some("微信"), true),
            ("Mozilla/5.0 (Linux; Android 13; PGEM10 Build/TP1A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0.6261.120 Mobile Safari/537.36 wxwork/4.1.30 MicroMessenger/7.0.1 NetType/WIFI Language/zh", Some("企业微信"), false),
            ("Mozilla/5.0 (Linux; Android 12; M2012K11AC Build/SKQ1; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/109.0.5414.86 MQQBrowser/6.2 TBS/046805 Mobile Safari/537.36 V1_AND_SQ_8.9.80_4614_YYB_D QQ/8.9.80.12440 NetType/WIFI WebP/0.3.0 AppId/537176863", Some("QQ"), false),
            ("Mozilla/5.0 (Linux; U; Android 13; zh-cn; 22081212C Build/TKQ1) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/109.0.5414.86 MQQBrowser/14.7 Mobile Safari/537.36 COVC/046829", None, false),
            ("Mozilla/5.0 (Linux; Android 14; 23127PN0CC Build/UKQ1; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 AliApp(DingTalk/7.6.10) com.alibaba.android.rimet/42089520 Channel/700159 language/zh-CN", Some("钉钉"), false),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 ChannelId(8) Ariver/1.1.0 AliApp(AP/10.5.36.6000) Nebula WK RVKType(0) AlipayDefined(nt:WIFI,ws:390|780|3.0) AlipayClient/10.5.36.6000 Language/zh-Hans Region/CN", Some("支付宝"), true),
            ("Mozilla/5.0 (Linux; Android 13; V2218A Build/TP1A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/104.0.5112.97 Mobile Safari/537.36 Weibo (vivo-V2218A__weibo__13.9.0__android__android13)", Some("微博"), false),
            ("Mozilla/5.0 (Linux; Android 13; V2218A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/109.0.5414.86 Mobile Safari/537.36 UCBrowser/16.6.5.1304 Mobile", None, false),
            ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36", None, false),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", None, true),
            ("", None, false),
        ];
        for (ua, name, ios) in table {
            let found = in_app(ua);
            assert_eq!(found.map(|a| a.name), name, "{ua}");
            assert_eq!(is_ios(ua), ios, "{ua}");
        }
    }

    #[test]
    fn which_browsers_clear_storage_left_unvisited() {
        let table = [
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", true),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Mobile/15E148 Safari/604.1", true),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15", true),
            ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36", false),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 Edg/156.0.0.0", false),
        ];
        for (ua, clears) in table {
            assert_eq!(clears_unvisited_storage(ua), clears, "{ua}");
        }
    }
}
