//! The applicant form of 资格自查 and of the workspace editor: one
//! component over an [`ApplicantDraft`].
//!
//! Each field is saved alone as it changes ([`FormState::edit`]): only
//! that field of the stored applicant is written, so another tab's change
//! to another field is kept. A wrong field is not saved and shows its
//! problem (`[data-testid="field-error"][data-field=ID]`, ID the input's
//! id); the others still save. A field the user is not typing in follows
//! the stored document (another tab's change arrives by the storage
//! event); the focused one, and one typed but not yet saved, keep what the
//! user typed.

use std::cell::Cell;
use std::sync::Arc;

use leptos::prelude::*;

use super::widgets::{FieldErrorOf, FieldsWhen, Select, YesNo};
use crate::domain::applicant_form::{ApplicantDraft, ApplicantField, Parsed};
use crate::domain::eligibility::{
    Applicant, Cutoffs, Education, Level, PatentKind, Specialty, UnitLevel,
};

/// Where the form is shown: its ids, its questions, and whether it asks
/// step by step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// 资格自查: the applicant's own answers, asked step by step (ids
    /// as the field codes: `title-date`, `benefit`, …).
    SelfCheck,
    /// The workspace editor of one applicant: every question at once
    /// (ids `ed-…`: `ed-title-date`, `ed-benefit`, …).
    Editor,
}

impl Place {
    /// The input id (and test id) of `field` here.
    pub fn id(self, field: ApplicantField) -> String {
        match self {
            Place::SelfCheck => field.code().to_string(),
            Place::Editor => format!("ed-{}", field.code()),
        }
    }

    /// The field's label here: the self-check asks the applicant, the
    /// editor asks about them.
    fn label(self, field: ApplicantField) -> &'static str {
        match (self, field) {
            (Place::SelfCheck, ApplicantField::CivilServant) => "你是公务员吗？",
            (Place::SelfCheck, ApplicantField::InSector) => "你在辽宁从事质量技术监督工作吗？",
            _ => field.label(),
        }
    }
}

/// Writes a change of the stored applicant (through
/// [`AppState::persist`](crate::state::AppState::persist)).
pub type Writer = Arc<dyn Fn(&dyn Fn(&mut Applicant)) + Send + Sync>;

/// A set of fields, one bit each.
fn bit(field: ApplicantField) -> u16 {
    1 << field as u16
}

/// The form's state: the draft, what it reads as, and which fields are
/// being typed or wait to be saved.
#[derive(Clone, Copy)]
pub struct FormState {
    draft: RwSignal<ApplicantDraft>,
    /// The draft read ([`ApplicantDraft::parse`]), every field's problem
    /// with it.
    pub parsed: Memo<Parsed>,
    /// The fields typed here and not saved yet ([`bit`]s).
    unsaved: StoredValue<u16>,
    writer: StoredValue<Writer>,
    place: Place,
}

impl FormState {
    /// A form at `place` showing the stored applicant `stored` (none: the
    /// empty answers; the form then keeps what it shows), checked with
    /// `cutoffs`, saving through `writer`.
    pub fn new(
        place: Place,
        stored: Memo<Option<Applicant>>,
        cutoffs: Memo<Cutoffs>,
        writer: Writer,
    ) -> Self {
        let initial = stored.get_untracked().unwrap_or_default();
        let draft = RwSignal::new(ApplicantDraft::of(&initial));
        let parsed = Memo::new(move |_| draft.with(|d| d.parse(&cutoffs.get())));
        let unsaved = StoredValue::new(0u16);
        // Another tab's change (or this one's save) shows in every field
        // but the focused one and those typed and not saved.
        Effect::new(move |_| {
            let Some(fresh) = stored.get() else {
                return;
            };
            let focused = crate::browser::focused_id();
            let mut next = draft.get_untracked();
            next.follow(&fresh, |field| {
                focused.as_deref() == Some(place.id(field).as_str())
                    || unsaved.get_value() & bit(field) != 0
            });
            if draft.with_untracked(|d| *d != next) {
                draft.set(next);
            }
        });
        Self {
            draft,
            parsed,
            unsaved,
            writer: StoredValue::new(writer),
            place,
        }
    }

    /// The user changed `field`: the draft changes, and every field typed
    /// here and not yet saved that now reads right is saved, alone (the
    /// field changed, and any that waited for it, e.g. a patent date for
    /// its benefit).
    pub fn edit(&self, field: ApplicantField, change: impl FnOnce(&mut ApplicantDraft)) {
        self.draft.update(change);
        let unsaved = self.unsaved.get_value() | bit(field);
        let parsed = self.parsed.get_untracked();
        let fields: Vec<ApplicantField> = ApplicantField::ALL
            .iter()
            .copied()
            .filter(|f| unsaved & bit(*f) != 0 && parsed.error(*f).is_none())
            .collect();
        let written = Cell::new(0u16);
        if !fields.is_empty() {
            let write = |a: &mut Applicant| {
                let mut done = 0;
                for f in &fields {
                    if parsed.write(*f, a) {
                        done |= bit(*f);
                    }
                }
                written.set(done);
            };
            (self.writer.get_value())(&write);
        }
        self.unsaved.set_value(unsaved & !written.get());
    }

    fn with<T>(&self, f: impl FnOnce(&ApplicantDraft) -> T) -> T {
        self.draft.with(f)
    }
}

/// The text typed into `field` (a date, the benefit or a recommender).
fn text_of(d: &ApplicantDraft, field: ApplicantField) -> String {
    match field {
        ApplicantField::TitleDate => d.title_date.clone(),
        ApplicantField::Recommender1 => d.recommenders[0].clone(),
        ApplicantField::Recommender2 => d.recommenders[1].clone(),
        ApplicantField::Benefit => d.benefit.clone(),
        _ => d.patent_date.clone(),
    }
}

/// The same, to change.
fn text(d: &mut ApplicantDraft, field: ApplicantField) -> &mut String {
    match field {
        ApplicantField::TitleDate => &mut d.title_date,
        ApplicantField::Recommender1 => &mut d.recommenders[0],
        ApplicantField::Recommender2 => &mut d.recommenders[1],
        ApplicantField::Benefit => &mut d.benefit,
        _ => &mut d.patent_date,
    }
}

/// The applicant's fields: 公务员, 质监工作, 专业, 级别, 单位层级, 学历,
/// 现有职称 and its date, 破格 with its two recommenders, the patent route
/// (kind, benefit, date). The self-check asks step by step (the next
/// questions once the first are answered); the editor asks everything.
#[component]
pub fn ApplicantForm(form: FormState) -> impl IntoView {
    use ApplicantField as F;
    let place = form.place;
    let step = place == Place::SelfCheck;
    let id = move |field| place.id(field);
    // A typed field: saved on every keystroke, kept while focused.
    let typed = move |field: ApplicantField,
                      kind: &'static str,
                      inputmode: Option<&'static str>| {
        let field_id = id(field);
        // `input` and `change` both come: the same text is saved once.
        let set = move |value: String| {
            if form.draft.with_untracked(|d| text_of(d, field) != value) {
                form.edit(field, |d| *text(d, field) = value);
            }
        };
        view! {
            <div class="field">
                <label for=field_id.clone()>{place.label(field)}</label>
                <input
                    id=field_id.clone()
                    type=kind
                    inputmode=inputmode
                    data-testid=field_id
                    prop:value=move || form.draft.with(|d| text_of(d, field))
                    on:input=move |ev| set(event_target_value(&ev))
                    on:change=move |ev| set(event_target_value(&ev))
                />
                <FieldErrorOf field=id(field) error=move || form.parsed.with(|p| p.error(field).map(ToString::to_string)) />
            </div>
        }
    };
    let yes_no_field = move |field: ApplicantField,
                             get: fn(&ApplicantDraft) -> Option<bool>,
                             set: fn(&mut ApplicantDraft, bool)| {
        // `YesNo` names its radios by a static name: the two places' ids.
        let name: &'static str = match (place, field) {
            (Place::SelfCheck, F::CivilServant) => "civil",
            (Place::SelfCheck, F::InSector) => "sector",
            (Place::SelfCheck, _) => "exceptional",
            (Place::Editor, F::CivilServant) => "ed-civil",
            (Place::Editor, F::InSector) => "ed-sector",
            (Place::Editor, _) => "ed-exceptional",
        };
        view! {
            <YesNo
                name=name
                question=place.label(field)
                value=move || form.with(get)
                on_change=move |v| form.edit(field, |d| set(d, v))
            />
        }
    };
    let not_civil = move || !step || form.with(|d| d.civil_servant == Some(false));
    let in_sector =
        move || !step || form.with(|d| d.civil_servant == Some(false) && d.in_sector == Some(true));
    let basics_done = move || {
        !step
            || form.with(|d| {
                d.civil_servant == Some(false)
                    && d.in_sector == Some(true)
                    && d.target.is_some()
                    && d.unit.is_some()
            })
    };
    view! {
        <div class="yes-no-row">
            {yes_no_field(F::CivilServant, |d| d.civil_servant, |d, v| d.civil_servant = Some(v))}
            <Show when=not_civil>
                {yes_no_field(F::InSector, |d| d.in_sector, |d, v| d.in_sector = Some(v))}
            </Show>
        </div>
        <FieldsWhen when=in_sector>
            <Choice form=form field=F::Specialty options=Specialty::ALL code=Specialty::code text=Specialty::label get=|d| d.specialty set=|d, v| d.specialty = v />
            <Choice form=form field=F::Target options=Level::ALL code=Level::code text=Level::label get=|d| d.target set=|d, v| d.target = v />
            <Choice form=form field=F::Unit options=UnitLevel::ALL code=UnitLevel::code text=UnitLevel::label get=|d| d.unit set=|d, v| d.unit = v />
        </FieldsWhen>
        <Show when=basics_done>
            <div class="fields">
                <Choice form=form field=F::Education options=Education::ALL code=Education::code text=Education::label get=|d| d.education set=|d, v| d.education = v />
                <Choice form=form field=F::CurrentTitle none="无职称" options=Level::ALL code=Level::code text=Level::label get=|d| d.current_title set=|d, v| d.current_title = v />
                <Show when=move || form.with(|d| d.current_title.is_some())>
                    {typed(F::TitleDate, "date", None)}
                </Show>
            </div>
            <Show when=move || form.with(|d| d.target >= Some(Level::SeniorEngineer))>
                <div class="yes-no-row">
                    {yes_no_field(F::Exceptional, |d| Some(d.exceptional), |d, v| d.exceptional = v)}
                </div>
                <FieldsWhen when=move || form.with(|d| d.exceptional)>
                    {typed(F::Recommender1, "text", None)}
                    {typed(F::Recommender2, "text", None)}
                </FieldsWhen>
            </Show>
            <FieldsWhen when=move || form.with(|d| d.target >= Some(Level::Engineer))>
                <Choice form=form field=F::PatentKind none="不走专利途径" options=PatentKind::ALL code=PatentKind::code text=PatentKind::label get=|d| d.patent_kind set=|d, v| d.patent_kind = v />
                <Show when=move || form.with(|d| d.patent_kind.is_some())>
                    {typed(F::Benefit, "text", Some("decimal"))}
                    {typed(F::PatentDate, "date", None)}
                </Show>
            </FieldsWhen>
        </Show>
    }
}

/// A [`Select`] over one choice of the form (`options`, each one's
/// `code` and `text`), showing what `get` reads from the draft and saved
/// through `set` when picked; `none` is the empty choice's text.
#[component(transparent)]
fn Choice<T>(
    form: FormState,
    field: ApplicantField,
    #[prop(default = "请选择")] none: &'static str,
    options: &'static [T],
    code: fn(T) -> &'static str,
    text: fn(T) -> &'static str,
    get: fn(&ApplicantDraft) -> Option<T>,
    set: fn(&mut ApplicantDraft, Option<T>),
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    view! {
        <Select
            id=form.place.id(field)
            label=form.place.label(field)
            options=options
            code=code
            text=text
            none=none
            value=move || form.with(get)
            on_change=move |v| form.edit(field, |d| set(d, v))
        />
    }
}
