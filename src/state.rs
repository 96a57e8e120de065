//! The state every page shares (`AppState`): the stored document, the round
//! and "today", the calendar, the page shown. Pages read it from the
//! context; the app (`app.rs`) loads it, routes between pages and renders
//! the header. Its own module, so that pages and the app do not import each
//! other.

use crate::browser;
use crate::domain::calendar::Calendar;
use crate::domain::notice::Notice;
use crate::domain::pages::Page;
use crate::domain::request;
use crate::domain::round_facts;
use crate::domain::rounds::{Round, Rounds};
use crate::domain::user_agent::{self, InApp};
use crate::store::handoff::{self, Handoff};
use crate::store::Stored;
use chrono::NaiveDate;
use leptos::prelude::*;

/// State shared by every page.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The stored document, as last read or written.
    pub stored: RwSignal<Stored>,
    /// `round=` and `today=` of the address: never stored.
    pub context: RwSignal<request::Context>,
    /// Today in China, as last read from the clock: when the page opened,
    /// and again whenever the day may have changed (see
    /// `AppState::follow_clock`).
    pub real_today: ReadSignal<NaiveDate>,
    set_real_today: WriteSignal<NaiveDate>,
    /// The day the page answers for: `today=` if given, else the real today.
    pub today: Memo<NaiveDate>,
    /// The round the page answers for: the one `round=` picks, else the
    /// round in force on [`AppState::today`].
    pub round: Memo<Round>,
    /// The round in force on [`AppState::today`] (whatever was picked).
    pub round_in_force: Memo<Round>,
    /// The notice of [`AppState::round`].
    pub notice: Memo<Notice>,
    /// The official calendar plus the user's holiday data.
    pub calendar: Memo<Calendar>,
    /// What was wrong with `round=` or `today=` (the page then follows today).
    pub context_errors: RwSignal<Vec<String>>,
    /// A message about storage (unreadable value set aside, quota, …).
    pub storage_notice: RwSignal<Option<String>>,
    /// The last write failed: memory holds changes storage does not.
    pub unsaved: RwSignal<bool>,
    /// The page the address names. Set again (which always notifies) each
    /// time a page is entered, so that the page renders afresh.
    pub page: RwSignal<Page>,
    /// What the header's polite live region says: the page entered without
    /// a page load (empty until then, as a page load is announced anyway).
    pub announcement: RwSignal<String>,
    /// The app's own browser the page is open in (WeChat, QQ, …): downloads
    /// vanish and print does nothing there.
    pub in_app: Option<InApp>,
    /// A browser that may clear this site's storage (Safari left unvisited,
    /// an in-app browser on logout).
    pub clearing_browser: bool,
    /// Whether the browser keeps this site's storage (`persist()`); `None`
    /// until known, or when it has no such API.
    pub persisted: RwSignal<Option<bool>>,
    /// `persist()` was asked during this visit.
    persist_asked: StoredValue<bool>,
    /// A handoff link in the address (`#h…`), read but not stored: its
    /// contents, or why it was refused (see `AppState::receive`).
    pub incoming: RwSignal<Option<Result<Handoff, String>>>,
}

impl AppState {
    /// Changes the stored document and writes it. When writing fails the
    /// change still applies in memory, and the user is told.
    ///
    /// After a failed write, the in-memory document holds changes the stored
    /// one lacks: the next write then saves the whole in-memory document, so
    /// those changes are not dropped by re-reading storage.
    pub fn persist(&self, change: impl Fn(&mut Stored)) {
        // Which applicants changed since the last backup is kept with them.
        // (Only once a backup exists: before that, every applicant counts.)
        let change = move |s: &mut Stored| {
            let before = s.backup.is_some().then(|| s.applicants.clone());
            change(s);
            if let Some(before) = before {
                s.note_changes_since_backup(&before);
            }
        };
        self.write(change);
        if self.stored.with_untracked(|s| !s.applicants.is_empty()) {
            self.keep_storage();
        }
    }

    /// Asks the browser to keep this site's storage once a unit's list is
    /// in it (once a page visit, unless it already does).
    pub(crate) fn keep_storage(&self) {
        if self.persist_asked.get_value() {
            return;
        }
        self.persist_asked.set_value(true);
        let persisted = self.persisted;
        browser::persist_storage(move |kept| persisted.set(kept));
    }

    fn write(&self, change: impl Fn(&mut Stored)) {
        if self.unsaved.get_untracked() {
            self.stored.update(|s| change(s));
            match self.stored.with_untracked(browser::storage::save) {
                Ok(()) => {
                    self.unsaved.set(false);
                    self.storage_notice.set(None);
                }
                Err(error) => self.storage_notice.set(Some(error.to_string())),
            }
            return;
        }
        match browser::storage::update(&change) {
            Ok(stored) => self.stored.set(stored),
            Err(error) => {
                self.stored.update(|s| change(s));
                self.unsaved.set(true);
                self.storage_notice.set(Some(error.to_string()));
            }
        }
    }

    /// Mirrors a page's own query (`?…`) in the address bar, with the
    /// context (`round=`, `today=`) kept.
    ///
    /// Only while that page is current: an effect of the page being left
    /// must not rewrite the next page's address.
    pub fn show_in_address(&self, page_query: &str) {
        if Page::from_query(&browser::query_of(page_query)) != self.page.get_untracked() {
            return;
        }
        browser::replace_query(&self.context.get_untracked().on(page_query));
    }

    /// Changes the context and the address with it (the page's own
    /// parameters stay).
    pub fn set_context(&self, change: impl FnOnce(&mut request::Context)) {
        let mut context = self.context.get_untracked();
        change(&mut context);
        self.context.set(context);
        self.context_errors.set(vec![]);
        let own = request::without_context(&browser::location_search());
        browser::replace_query(&context.on(&own));
    }
}

impl AppState {
    /// Reads storage and the address, and sets up the state of `page`.
    pub(crate) fn load(page: Page) -> Self {
        let loaded = browser::storage::load();
        let stored = RwSignal::new(loaded.stored);
        let (context, errors) = request::context_from_query(&browser::location_query());
        let context = RwSignal::new(context);
        let (real_today, set_real_today) = signal(browser::clock::china_today());
        // A what-if day (`today=`) does not follow the clock.
        let today = Memo::new(move |_| {
            context
                .with(|c| c.today)
                .unwrap_or_else(|| real_today.get())
        });
        // Rebuilt only when the user's holiday data changes, not on every save.
        let calendar = {
            let holidays = Memo::new(move |_| stored.with(|s| s.holidays.clone()));
            Memo::new(move |_| holidays.with(|h| crate::store::calendar_with(h)))
        };
        let profiles = Memo::new(move |_| stored.with(|s| s.profiles.clone()));
        let round_in_force = Memo::new(move |_| {
            profiles.with(|p| {
                calendar.with(|cal| {
                    Rounds::new(Notice::official_notices(), p).in_force(today.get(), cal)
                })
            })
        });
        let round = Memo::new(move |_| match context.with(|c| c.round) {
            None => round_in_force.get(),
            Some(year) => profiles.with(|p| {
                calendar.with(|cal| Rounds::new(Notice::official_notices(), p).for_year(year, cal))
            }),
        });
        let agent = browser::user_agent();
        let in_app = user_agent::in_app(&agent);
        AppState {
            stored,
            context,
            real_today,
            set_real_today,
            today,
            round,
            round_in_force,
            notice: Memo::new(move |_| round.with(|r| r.notice.clone())),
            calendar,
            context_errors: RwSignal::new(errors.iter().map(ToString::to_string).collect()),
            storage_notice: RwSignal::new(loaded.notice),
            unsaved: RwSignal::new(false),
            page: RwSignal::new(page),
            announcement: RwSignal::new(String::new()),
            in_app,
            clearing_browser: in_app.is_some() || user_agent::clears_unvisited_storage(&agent),
            persisted: RwSignal::new(None),
            persist_asked: StoredValue::new(false),
            incoming: RwSignal::new(read_fragment()),
        }
    }

    /// Reads a handoff link from the address's fragment (on `hashchange`):
    /// shown for the user to confirm, nothing stored. Another fragment
    /// leaves what is shown as it is.
    pub(crate) fn receive(&self) {
        if let Some(incoming) = read_fragment() {
            self.incoming.set(Some(incoming));
        }
    }

    /// Reads the stored document again: another tab changed it (the
    /// `storage` event). The page is not rebuilt, so what this tab shows
    /// besides the document stays: the address with its round and today,
    /// an open editor, filters, text being typed. Every view of
    /// [`AppState::stored`] follows the new document.
    ///
    /// Memory holding changes storage lacks (a write failed) is kept: the
    /// next write saves it whole (see [`AppState::persist`]).
    pub(crate) fn reload(&self) {
        if self.unsaved.get_untracked() {
            return;
        }
        let loaded = browser::storage::load();
        if self.stored.with_untracked(|s| *s != loaded.stored) {
            self.stored.set(loaded.stored);
        }
        if loaded.notice.is_some() {
            self.storage_notice.set(loaded.notice);
        }
    }

    /// Reads the clock again: the day in China may have changed since it
    /// was last read (the page was hidden, or left open over midnight).
    /// A new day is answered for without rebuilding the page, as for
    /// [`AppState::reload`]: the round in force, the header, countdowns and
    /// states follow; the address, an open editor and text being typed stay.
    /// The same day changes nothing.
    pub(crate) fn follow_clock(&self) {
        let today = browser::clock::china_today();
        if self.real_today.get_untracked() != today {
            self.set_real_today.set(today);
        }
    }

    /// Shows 单位总览, where a confirmed handoff went, whichever page the
    /// link was opened on (a link opened by `hashchange` keeps the page
    /// that was open).
    pub fn show_workspace(&self) {
        if self.page.get_untracked() != Page::Workspace {
            browser::push_query(&format!("?page={}", Page::Workspace.code()));
            self.enter();
        }
    }

    /// Enters the page the address names now (after a link was followed or
    /// on back or forward): `round=` and `today=` are read again, the shell's
    /// introduction follows (`<html data-page>`), and the page is rendered
    /// afresh, reading its own parameters from the address.
    pub(crate) fn enter(&self) {
        let query = browser::location_query();
        let page = Page::from_query(&query);
        let (context, errors) = request::context_from_query(&query);
        if self.context.get_untracked() != context {
            self.context.set(context);
        }
        self.context_errors
            .set(errors.iter().map(ToString::to_string).collect());
        browser::set_page_attribute(page.code());
        self.page.set(page);
        // Screen readers hear the new page named: the focus stays on the
        // link that was followed, and nothing else says the page changed.
        self.announcement.set(format!("已打开：{}", page.label()));
    }
}

/// The handoff link in the address's fragment, if it holds one (it starts
/// with `h`): decoded, or the Chinese reason it was refused.
fn read_fragment() -> Option<Result<Handoff, String>> {
    let fragment = browser::current_fragment();
    fragment
        .starts_with('h')
        .then(|| handoff::decode(&fragment).map_err(|e| e.to_string()))
}

/// The round shown and its facts' dates.
impl AppState {
    /// The year of the round the page answers for (tracked).
    pub fn shown_year(&self) -> i32 {
        self.round.with(|r| r.year())
    }

    /// The same, in an event handler (not tracked).
    pub fn shown_year_untracked(&self) -> i32 {
        self.round.with_untracked(|r| r.year())
    }

    /// Checks that `date`, entered as `label` for one of the unit's facts,
    /// belongs to the round shown ([`round_facts::check_in_reach`]).
    ///
    /// # Errors
    ///
    /// The Chinese message naming the round the date belongs to.
    pub fn check_in_round(&self, label: &'static str, date: NaiveDate) -> Result<(), String> {
        let year = self.round.with_untracked(|r| r.year());
        self.stored.with_untracked(|s| {
            self.calendar.with_untracked(|cal| {
                round_facts::check_in_reach(&s.rounds(), year, label, date, cal)
                    .map_err(|e| e.to_string())
            })
        })
    }
}
