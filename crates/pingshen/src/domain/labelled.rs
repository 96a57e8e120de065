//! One way to write an enum of fixed choices with a stable code and, most
//! often, a Chinese label: [`labelled_enum!`](crate::labelled_enum).
//!
//! The macro writes the enum (with `Clone, Copy, Debug, PartialEq, Eq,
//! Hash`), `ALL` (every value, in the order written, which is the order a
//! form lists them), `code`, `from_code -> Option<Self>` and, when every
//! variant has one, `label`. Written `serde enum`, the enum is also
//! `Serialize`/`Deserialize` with each variant stored as its code, so the
//! stored name and the code cannot drift apart. A lookup that defaults on
//! unknown input is a thin function over `from_code` in the enum's own
//! module.

/// Writes a labelled enum; see the [module](crate::domain::labelled).
///
/// ```
/// pingshen::labelled_enum! {
///     /// A colour.
///     #[derive(PartialOrd, Ord)]
///     pub serde enum Colour {
///         /// 红.
///         Red = "red" => "红色",
///         /// 深蓝.
///         DarkBlue = "dark-blue" => "深蓝色",
///     }
/// }
/// assert_eq!(Colour::ALL, &[Colour::Red, Colour::DarkBlue]);
/// assert_eq!(Colour::DarkBlue.code(), "dark-blue");
/// assert_eq!(Colour::DarkBlue.label(), "深蓝色");
/// assert_eq!(Colour::from_code("dark-blue"), Some(Colour::DarkBlue));
/// assert_eq!(Colour::from_code("blue"), None);
/// assert!(Colour::Red < Colour::DarkBlue);
/// // Stored as its code.
/// assert_eq!(serde_json::to_string(&Colour::DarkBlue).unwrap(), "\"dark-blue\"");
/// assert_eq!(serde_json::from_str::<Colour>("\"red\"").unwrap(), Colour::Red);
///
/// // Without `serde` and without labels: only `ALL`, `code`, `from_code`.
/// pingshen::labelled_enum! {
///     /// A direction.
///     pub enum Way {
///         /// Up.
///         Up = "up",
///         /// Down.
///         Down = "down",
///     }
/// }
/// assert_eq!(Way::from_code("down"), Some(Way::Down));
/// assert_eq!(Way::ALL.iter().map(|w| w.code()).collect::<Vec<_>>(), ["up", "down"]);
/// ```
#[macro_export]
macro_rules! labelled_enum {
    // Stored as its code, with labels.
    (
        $(#[$meta:meta])*
        $vis:vis serde enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal => $label:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
        $vis enum $name {
            $( $(#[$vmeta])* #[serde(rename = $code)] $variant, )+
        }
        $crate::labelled_enum!(@codes $name { $( $variant = $code, )+ });
        $crate::labelled_enum!(@labels $name { $( $variant => $label, )+ });
    };
    // Stored as its code, without labels.
    (
        $(#[$meta:meta])*
        $vis:vis serde enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
        $vis enum $name {
            $( $(#[$vmeta])* #[serde(rename = $code)] $variant, )+
        }
        $crate::labelled_enum!(@codes $name { $( $variant = $code, )+ });
    };
    // Not stored, with labels.
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal => $label:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }
        $crate::labelled_enum!(@codes $name { $( $variant = $code, )+ });
        $crate::labelled_enum!(@labels $name { $( $variant => $label, )+ });
    };
    // Not stored, without labels.
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }
        $crate::labelled_enum!(@codes $name { $( $variant = $code, )+ });
    };
    (@codes $name:ident { $( $variant:ident = $code:literal, )+ }) => {
        impl $name {
            /// Every value, in the order a form lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable code (also the stored name when the enum is
            /// stored), for forms, addresses and storage.
            pub fn code(self) -> &'static str {
                match self {
                    $( $name::$variant => $code, )+
                }
            }

            /// The value whose [`code`](Self::code) is `code`, if any.
            pub fn from_code(code: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }
    };
    (@labels $name:ident { $( $variant:ident => $label:literal, )+ }) => {
        impl $name {
            /// The Chinese name shown to users.
            pub fn label(self) -> &'static str {
                match self {
                    $( $name::$variant => $label, )+
                }
            }
        }
    };
}

#[cfg(test)]
// The macro writes `pub` items; these test enums are private to the test.
#[allow(unreachable_pub)]
mod tests {
    crate::labelled_enum! {
        /// Stored, labelled.
        pub serde enum Stored {
            /// A.
            First = "first-one" => "第一",
            /// B.
            Second = "second" => "第二",
        }
    }

    crate::labelled_enum! {
        /// Not stored, unlabelled, listed out of declaration-name order.
        pub enum Plain {
            /// Z.
            Zed = "z",
            /// A.
            Ay = "a",
        }
    }

    #[test]
    fn codes_labels_and_order_are_as_written() {
        // Expected values are the literals written above.
        let cases: &[(Stored, &str, &str)] = &[
            (Stored::First, "first-one", "第一"),
            (Stored::Second, "second", "第二"),
        ];
        assert_eq!(Stored::ALL, &[Stored::First, Stored::Second]);
        for &(value, code, label) in cases {
            assert_eq!(value.code(), code);
            assert_eq!(value.label(), label);
            assert_eq!(Stored::from_code(code), Some(value));
            assert_eq!(
                serde_json::to_string(&value).unwrap(),
                format!("\"{code}\"")
            );
            assert_eq!(
                serde_json::from_str::<Stored>(&format!("\"{code}\"")).unwrap(),
                value
            );
        }
        assert_eq!(Plain::ALL, &[Plain::Zed, Plain::Ay]);
        assert_eq!(Plain::from_code("a"), Some(Plain::Ay));
    }

    #[test]
    fn unknown_codes_are_none_and_not_stored_names() {
        for code in ["", "First", "first", "第一", "second "] {
            assert_eq!(Stored::from_code(code), None, "{code:?}");
            assert!(serde_json::from_str::<Stored>(&format!("\"{code}\"")).is_err());
        }
        assert_eq!(Plain::from_code("Zed"), None);
    }
}
