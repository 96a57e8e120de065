//! The fixed choices an applicant answers with: the specialty, the level
//! applied for and held, the unit's level, the education, the kind of a
//! patent and of an item of achievement (「一、评审范围及权限」,
//! 「三、评审标准」, 「五、相关政策规定」1–3).
//!
//! Every rule of [`eligibility`](super) speaks in these; they import no
//! other rule, so [`route`](crate::domain::route) and
//! [`applicant_form`](crate::domain::applicant_form) can use them without
//! going through the rules that use those modules.

crate::labelled_enum! {
    /// The four specialties of the committee (「一、评审范围及权限」).
    pub serde enum Specialty {
        /// 计量.
        Metrology = "metrology" => "计量",
        /// 质量.
        Quality = "quality" => "质量",
        /// 标准化.
        Standardization = "standardization" => "标准化",
        /// 特种设备.
        SpecialEquipment = "special-equipment" => "特种设备",
    }
}

crate::labelled_enum! {
    /// A professional title level, lowest first (the order is the ranking:
    /// 初级 技术员 < 助理工程师 < 中级 工程师 < 副高 高级工程师 < 正高).
    #[derive(PartialOrd, Ord)]
    pub serde enum Level {
        /// 技术员 (初级).
        Technician = "technician" => "技术员",
        /// 助理工程师 (初级).
        AssistantEngineer = "assistant-engineer" => "助理工程师",
        /// 工程师 (中级).
        Engineer = "engineer" => "工程师",
        /// 高级工程师 (副高).
        SeniorEngineer = "senior-engineer" => "高级工程师",
        /// 正高级工程师 (正高).
        ProfessorEngineer = "professor-engineer" => "正高级工程师",
    }
}

crate::labelled_enum! {
    /// Where the applicant's unit stands (「一、评审范围及权限」 distinguishes
    /// provincial-level units; 「五、相关政策规定」2 county-level ones).
    pub serde enum UnitLevel {
        /// 省直有关部门(单位).
        Provincial = "provincial" => "省直有关部门(单位)",
        /// A city-level unit (市级单位).
        City = "city" => "市级单位",
        /// A county or district unit, or below (县区及以下单位).
        County = "county" => "县区及以下单位",
    }
}

crate::labelled_enum! {
    /// The highest education completed.
    pub serde enum Education {
        /// 博士.
        Doctorate = "doctorate" => "博士",
        /// 硕士, including 第二学士.
        Master = "master" => "硕士（含第二学士）",
        /// 本科.
        Bachelor = "bachelor" => "本科",
        /// 大专.
        College = "college" => "大专",
        /// 中专.
        Secondary = "secondary" => "中专",
    }
}

crate::labelled_enum! {
    /// The kind of a national patent (「五、相关政策规定」1 accepts both).
    pub serde enum PatentKind {
        /// 国家发明专利.
        Invention = "invention" => "发明专利",
        /// 实用新型专利.
        UtilityModel = "utility-model" => "实用新型专利",
    }
}

crate::labelled_enum! {
    /// The kind of an item of achievement (「五、相关政策规定」3 names 业绩、
    /// 论文、著作、成果、奖励).
    pub serde enum AchievementKind {
        /// 论文.
        Paper = "paper" => "论文",
        /// 专利.
        Patent = "patent" => "专利",
        /// 标准 (drafted).
        Standard = "standard" => "标准",
        /// 奖励.
        Award = "award" => "奖励",
        /// 项目.
        Project = "project" => "项目",
        /// 报告.
        Report = "report" => "报告",
        /// 其他.
        Other = "other" => "其他",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::eligibility::tests::check_labelled;

    #[test]
    fn kinds_have_codes_labels_and_serde_names() {
        check_labelled(Specialty::ALL, Specialty::code, Specialty::label);
        check_labelled(Level::ALL, Level::code, Level::label);
        check_labelled(UnitLevel::ALL, UnitLevel::code, UnitLevel::label);
        check_labelled(Education::ALL, Education::code, Education::label);
        check_labelled(PatentKind::ALL, PatentKind::code, PatentKind::label);
        check_labelled(
            AchievementKind::ALL,
            AchievementKind::code,
            AchievementKind::label,
        );

        assert_eq!(Level::SeniorEngineer.code(), "senior-engineer");
        assert_eq!(
            Level::from_code("professor-engineer"),
            Some(Level::ProfessorEngineer)
        );
        assert_eq!(Level::from_code("nope"), None);
        assert!(Level::Technician < Level::AssistantEngineer);
        assert!(Level::SeniorEngineer < Level::ProfessorEngineer);
    }
}
