//! A small JSON layer for the stored document, the export file and the
//! holiday-cn files (in place of serde + serde_json, to keep the download
//! small).
//!
//! - [`parse`]: a strict RFC 8259 parser (no trailing garbage, nesting at
//!   most [`MAX_DEPTH`] deep, never panics). Numbers are kept as their text:
//!   the app only reads integers, and reading `1.5` or `1e3` as one is an
//!   error.
//! - [`Value::write`] / [`Value::write_pretty`]: the compact and the pretty
//!   text, byte for byte what serde_json writes (only `"`, `\` and control
//!   characters are escaped; two-space indent; `": "`; `[]` and `{}` when
//!   empty).
//! - [`ToJson`] / [`FromJson`]: the conversions of the stored types. Objects
//!   keep their fields in the order written; unknown fields are ignored on
//!   read.
//!
//! ```
//! use pingshen::store::json::{self, Value};
//! let v = json::parse(r#"{"a": [1, "x\n"], "b": {}}"#).unwrap();
//! assert_eq!(v.to_string(), r#"{"a":[1,"x\n"],"b":{}}"#);
//! assert_eq!(v.to_pretty(), "{\n  \"a\": [\n    1,\n    \"x\\n\"\n  ],\n  \"b\": {}\n}");
//! assert!(json::parse("[1] 2").is_err());
//! assert_eq!(json::parse("null"), Ok(Value::Null));
//! ```

use std::fmt;

use chrono::NaiveDate;

/// How deeply arrays and objects may nest (as serde_json).
pub const MAX_DEPTH: usize = 128;

/// A JSON value. Objects keep their members in order (duplicates too).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number, as written (valid JSON number syntax).
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// Why a text is not JSON, or a value not of the expected shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(pub String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

fn err<T>(message: impl Into<String>) -> Result<T, Error> {
    Err(Error(message.into()))
}

// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

/// Parses one JSON text (surrounding whitespace allowed, nothing else).
///
/// # Errors
///
/// [`Error`] naming the problem and where it is.
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut p = Parser {
        bytes: text.as_bytes(),
        pos: 0,
    };
    let value = p.value(0)?;
    p.skip_ws();
    if p.pos < p.bytes.len() {
        return p.fail("trailing characters");
    }
    Ok(value)
}

struct Parser<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn fail<T>(&self, what: &str) -> Result<T, Error> {
        let before = &self.bytes[..self.pos.min(self.bytes.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count();
        err(format!("{what} at line {line} column {column}"))
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, Error> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            self.fail("expected value")
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, Error> {
        self.skip_ws();
        match self.peek() {
            None => self.fail("EOF while parsing a value"),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(open @ (b'[' | b'{')) => {
                if depth >= MAX_DEPTH {
                    return self.fail("recursion limit exceeded");
                }
                self.pos += 1;
                if open == b'[' {
                    self.array(depth + 1)
                } else {
                    self.object(depth + 1)
                }
            }
            Some(_) => self.fail("expected value"),
        }
    }

    /// After `[`.
    fn array(&mut self, depth: usize) -> Result<Value, Error> {
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                None => return self.fail("EOF while parsing a list"),
                Some(_) => return self.fail("expected `,` or `]`"),
            }
        }
    }

    /// After `{`.
    fn object(&mut self, depth: usize) -> Result<Value, Error> {
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b'"') => {}
                None => return self.fail("EOF while parsing an object"),
                Some(_) => return self.fail("key must be a string"),
            }
            let key = self.string()?;
            self.skip_ws();
            match self.peek() {
                Some(b':') => self.pos += 1,
                None => return self.fail("EOF while parsing an object"),
                Some(_) => return self.fail("expected `:`"),
            }
            let value = self.value(depth)?;
            members.push((key, value));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Value::Object(members));
                }
                None => return self.fail("EOF while parsing an object"),
                Some(_) => return self.fail("expected `,` or `}`"),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Value, Error> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return self.fail("invalid number"),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return self.fail("invalid number");
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return self.fail("invalid number");
            }
        }
        // Only ASCII was consumed, so this is on a character boundary.
        let text = String::from_utf8_lossy(&self.bytes[start..self.pos]).into_owned();
        Ok(Value::Number(text))
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = self.peek().and_then(|b| (b as char).to_digit(16));
            match digit {
                Some(d) => n = n * 16 + d,
                None => return self.fail("invalid escape"),
            }
            self.pos += 1;
        }
        Ok(n)
    }

    /// At `"`.
    fn string(&mut self) -> Result<String, Error> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // The input is a `str` and the stops are ASCII: a valid slice.
            out.push_str(std::str::from_utf8(&self.bytes[start..self.pos]).unwrap_or_default());
            match self.peek() {
                None => return self.fail("EOF while parsing a string"),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            let c = self.unicode_escape()?;
                            out.push(c);
                            continue;
                        }
                        None => return self.fail("EOF while parsing a string"),
                        Some(_) => return self.fail("invalid escape"),
                    };
                    self.pos += 1;
                    out.push(c);
                }
                Some(_) => return self.fail("control character in string"),
            }
        }
    }

    /// After `\u`.
    fn unicode_escape(&mut self) -> Result<char, Error> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.bytes[self.pos..].starts_with(b"\\u") {
                    return self.fail("lone leading surrogate in hex escape");
                }
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return self.fail("invalid surrogate pair in hex escape");
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return self.fail("lone trailing surrogate in hex escape"),
            c => c,
        };
        match char::from_u32(code) {
            Some(c) => Ok(c),
            None => self.fail("invalid unicode code point"),
        }
    }
}

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------

fn write_string(s: &str, out: &mut String) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xf)] as char);
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

fn newline(out: &mut String, indent: usize) {
    out.push('\n');
    for _ in 0..indent {
        out.push_str("  ");
    }
}

impl Value {
    /// Appends the compact text (as `serde_json::to_string`).
    pub fn write(&self, out: &mut String) {
        self.write_with(out, None);
    }

    /// Appends the pretty text (as `serde_json::to_string_pretty`), nested
    /// `indent` levels deep.
    pub fn write_pretty(&self, out: &mut String, indent: usize) {
        self.write_with(out, Some(indent));
    }

    /// The pretty text.
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        self.write_pretty(&mut out, 0);
        out
    }

    fn write_with(&self, out: &mut String, indent: Option<usize>) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => out.push_str(n),
            Value::String(s) => write_string(s, out),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    if let Some(n) = indent {
                        newline(out, n + 1);
                    }
                    item.write_with(out, indent.map(|n| n + 1));
                }
                if let (Some(n), false) = (indent, items.is_empty()) {
                    newline(out, n);
                }
                out.push(']');
            }
            Value::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    if let Some(n) = indent {
                        newline(out, n + 1);
                    }
                    write_string(key, out);
                    out.push(':');
                    if indent.is_some() {
                        out.push(' ');
                    }
                    value.write_with(out, indent.map(|n| n + 1));
                }
                if let (Some(n), false) = (indent, members.is_empty()) {
                    newline(out, n);
                }
                out.push('}');
            }
        }
    }

    /// The member `key` of an object (the last one of that name, as
    /// serde_json's `Value`); `None` for other values.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A non-negative integer that fits in `u64`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// An integer that fits in `i64`.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }

    /// The members of an object, to read fields from.
    ///
    /// # Errors
    ///
    /// When the value is not an object.
    pub fn fields(&self) -> Result<Fields<'_>, Error> {
        match self {
            Value::Object(members) => Ok(Fields(members)),
            other => err(format!(
                "invalid type: {}, expected an object",
                other.kind()
            )),
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        }
    }

    fn invalid<T>(&self, expected: &str) -> Result<T, Error> {
        err(format!(
            "invalid type: {}, expected {expected}",
            self.kind()
        ))
    }
}

/// The compact text.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        self.write(&mut out);
        f.write_str(&out)
    }
}

/// `value["key"]`: the member, or `null` when missing (as serde_json).
impl std::ops::Index<&str> for Value {
    type Output = Value;
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&Value::Null)
    }
}

/// `value[i]`: the item, or `null` when missing (as serde_json).
impl std::ops::Index<usize> for Value {
    type Output = Value;
    fn index(&self, i: usize) -> &Value {
        match self {
            Value::Array(items) => items.get(i).unwrap_or(&Value::Null),
            _ => &Value::Null,
        }
    }
}

impl PartialEq<&str> for Value {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

// ---------------------------------------------------------------------------
// Conversions
// ---------------------------------------------------------------------------

/// A type written as JSON.
pub trait ToJson {
    fn to_json(&self) -> Value;
}

/// A type read from JSON.
pub trait FromJson: Sized {
    /// # Errors
    ///
    /// When the value does not have the expected shape.
    fn from_json(value: &Value) -> Result<Self, Error>;
}

/// The compact text of `value`.
pub fn to_string<T: ToJson + ?Sized>(value: &T) -> String {
    value.to_json().to_string()
}

/// The pretty text of `value`.
pub fn to_string_pretty<T: ToJson + ?Sized>(value: &T) -> String {
    value.to_json().to_pretty()
}

/// Parses `text` and reads a `T` from it.
///
/// # Errors
///
/// When the text is not JSON or not of the shape of `T`.
pub fn from_str<T: FromJson>(text: &str) -> Result<T, Error> {
    T::from_json(&parse(text)?)
}

/// Builds an object, field by field, in order.
#[derive(Default)]
pub struct Object(Vec<(String, Value)>);

impl Object {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a field.
    pub fn field<T: ToJson + ?Sized>(self, name: &str, value: &T) -> Self {
        self.field_if(true, name, value)
    }

    /// Adds a field when `keep` (serde's `skip_serializing_if`).
    pub fn field_if<T: ToJson + ?Sized>(mut self, keep: bool, name: &str, value: &T) -> Self {
        if keep {
            self.0.push((name.to_string(), value.to_json()));
        }
        self
    }

    pub fn build(self) -> Value {
        Value::Object(self.0)
    }
}

/// The members of an object being read.
pub struct Fields<'a>(&'a [(String, Value)]);

impl<'a> Fields<'a> {
    /// The field `name`, if present.
    ///
    /// # Errors
    ///
    /// When it is given twice.
    pub fn get(&self, name: &str) -> Result<Option<&'a Value>, Error> {
        let mut found = self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v);
        let first = found.next();
        if found.next().is_some() {
            return err(format!("duplicate field `{name}`"));
        }
        Ok(first)
    }

    /// A required field.
    ///
    /// # Errors
    ///
    /// When missing, given twice or not a `T`.
    pub fn req<T: FromJson>(&self, name: &str) -> Result<T, Error> {
        match self.get(name)? {
            Some(v) => T::from_json(v).map_err(|e| in_field(name, e)),
            None => err(format!("missing field `{name}`")),
        }
    }

    /// A field that defaults when missing (serde's `default`).
    ///
    /// # Errors
    ///
    /// When given twice or not a `T`.
    pub fn opt<T: FromJson + Default>(&self, name: &str) -> Result<T, Error> {
        match self.get(name)? {
            Some(v) => T::from_json(v).map_err(|e| in_field(name, e)),
            None => Ok(T::default()),
        }
    }
}

fn in_field(name: &str, e: Error) -> Error {
    Error(format!("{name}: {e}"))
}

/// Reads an enum written as its code, through `from_code`.
///
/// # Errors
///
/// When the value is not a string or not a known code.
pub fn from_code<T>(value: &Value, from_code: impl Fn(&str) -> Option<T>) -> Result<T, Error> {
    let code = value
        .as_str()
        .map_or_else(|| value.invalid("a string"), Ok)?;
    from_code(code).map_or_else(|| err(format!("unknown variant `{code}`")), Ok)
}

impl ToJson for Value {
    fn to_json(&self) -> Value {
        self.clone()
    }
}

impl ToJson for bool {
    fn to_json(&self) -> Value {
        Value::Bool(*self)
    }
}

impl FromJson for bool {
    fn from_json(value: &Value) -> Result<Self, Error> {
        match value {
            Value::Bool(b) => Ok(*b),
            other => other.invalid("a boolean"),
        }
    }
}

impl ToJson for str {
    fn to_json(&self) -> Value {
        Value::String(self.to_string())
    }
}

impl ToJson for String {
    fn to_json(&self) -> Value {
        Value::String(self.clone())
    }
}

impl FromJson for String {
    fn from_json(value: &Value) -> Result<Self, Error> {
        match value {
            Value::String(s) => Ok(s.clone()),
            other => other.invalid("a string"),
        }
    }
}

macro_rules! integer {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn to_json(&self) -> Value {
                Value::Number(self.to_string())
            }
        }

        impl FromJson for $t {
            fn from_json(value: &Value) -> Result<Self, Error> {
                match value {
                    Value::Number(n) => n.parse().map_or_else(
                        |_| err(format!("invalid value: {n}, expected {}", stringify!($t))),
                        Ok,
                    ),
                    other => other.invalid(stringify!($t)),
                }
            }
        }
    )*};
}

integer!(u32, u64, i32, i64);

/// A date as `"YYYY-MM-DD"`, read through [`crate::domain::dates::parse_ymd`].
impl ToJson for NaiveDate {
    fn to_json(&self) -> Value {
        Value::String(self.to_string())
    }
}

impl FromJson for NaiveDate {
    fn from_json(value: &Value) -> Result<Self, Error> {
        let text = String::from_json(value)?;
        crate::domain::dates::parse_ymd(&text).map_or_else(|| err(format!("无效日期 {text}")), Ok)
    }
}

/// `None` is `null`; `null` reads as `None`.
impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Value {
        self.as_ref().map_or(Value::Null, T::to_json)
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Value) -> Result<Self, Error> {
        match value {
            Value::Null => Ok(None),
            other => T::from_json(other).map(Some),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(T::to_json).collect())
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Value {
        self.as_slice().to_json()
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Value) -> Result<Self, Error> {
        match value {
            Value::Array(items) => items.iter().map(T::from_json).collect(),
            other => other.invalid("a sequence"),
        }
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn to_json(&self) -> Value {
        (**self).to_json()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        let ok = [
            ("0", "0"),
            (" -12.5e+3 ", "-12.5e+3"),
            ("\"\\u00e9\\ud83d\\ude00\\/\"", "\"é😀/\""),
            ("[ ]", "[]"),
            (
                "{ \"a\" : [ true , false , null ] }",
                r#"{"a":[true,false,null]}"#,
            ),
            (r#"{"a":1,"a":2}"#, r#"{"a":1,"a":2}"#),
        ];
        for (text, compact) in ok {
            assert_eq!(parse(text).unwrap().to_string(), compact, "{text}");
        }
        let bad = [
            "",
            " ",
            "{",
            "[1,",
            "[1,]",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{1:2}",
            "\"abc",
            "\"a\\",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"\\ud800\\u0041\"",
            "\"tab\there\"",
            "01",
            "1.",
            "-",
            "1e",
            ".5",
            "+1",
            "tru",
            "nul",
            "NaN",
            "[1] 2",
            "{} x",
            "\u{feff}{}",
        ];
        for text in bad {
            assert!(parse(text).is_err(), "{text:?}");
        }
        // Truncating a valid text anywhere never panics, and only the whole
        // text parses.
        let text = r#"{"a":[1,-2.5e3,"é\n😀",{"b":null}],"c":true}"#;
        for end in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            assert!(parse(&text[..end]).is_err(), "{end}");
        }
        assert!(parse(text).is_ok());
    }

    #[test]
    fn nesting_is_limited() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(parse(&deep(MAX_DEPTH)).is_ok());
        assert!(parse(&deep(MAX_DEPTH + 1)).is_err());
        assert!(parse(&"[".repeat(100_000)).is_err());
        assert!(parse(&"{\"a\":".repeat(100_000)).is_err());
    }

    #[test]
    fn writes_as_serde_json() {
        let v = Value::Object(vec![
            (
                "s".into(),
                "\"\\\u{0}\u{8}\u{c}\n\r\t\u{1f}\u{7f}é\u{2028}".to_json(),
            ),
            ("e".into(), Value::Array(vec![])),
            ("o".into(), Value::Object(vec![])),
            ("a".into(), vec![1u32, 2].to_json()),
            ("n".into(), Option::<u32>::None.to_json()),
        ]);
        let s = r#""\"\\\u0000\b\f\n\r\t\u001f"#.to_string() + "\u{7f}é\u{2028}\"";
        assert_eq!(
            v.to_string(),
            format!(r#"{{"s":{s},"e":[],"o":{{}},"a":[1,2],"n":null}}"#)
        );
        assert_eq!(
            v.to_pretty(),
            format!("{{\n  \"s\": {s},\n  \"e\": [],\n  \"o\": {{}},\n  \"a\": [\n    1,\n    2\n  ],\n  \"n\": null\n}}")
        );
        assert_eq!(parse(&v.to_pretty()).unwrap(), v);
    }

    #[test]
    fn reads_fields_and_numbers() {
        let v = parse(
            r#"{"n":5,"neg":-3,"f":1.0,"big":99999999999999999999,"d":"2024-02-30","x":1,"x":2}"#,
        )
        .unwrap();
        let f = v.fields().unwrap();
        assert_eq!(f.req::<u32>("n"), Ok(5));
        assert_eq!(f.req::<i32>("neg"), Ok(-3));
        assert!(f.req::<u32>("neg").is_err());
        assert!(f.req::<u32>("f").is_err());
        assert!(f.req::<u64>("big").is_err());
        assert!(f.req::<NaiveDate>("d").unwrap_err().0.contains("无效日期"));
        assert!(f
            .req::<u32>("missing")
            .unwrap_err()
            .0
            .contains("missing field"));
        assert_eq!(f.opt::<Option<u32>>("missing"), Ok(None));
        assert!(f.req::<u32>("x").unwrap_err().0.contains("duplicate"));
        assert!(f.req::<String>("n").is_err());
        assert_eq!(v["x"], Value::Number("2".into()));
        assert_eq!(v["none"][3], Value::Null);
    }
}
