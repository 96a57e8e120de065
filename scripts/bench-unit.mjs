// A stored document (localStorage `pingshen`, schema 1; see src/store/mod.rs
// and crates/pingshen/tests/fixtures/schema-1) for a unit with many applicants, for
// scripts/bench.mjs. Valid as the app checks it on load: ids unique, names
// non-empty, dates in the supported years. Deterministic: the same document
// on every run.

/** The level the benchmark filters by: a third of the applicants. */
export const LEVEL_FILTERED = 'engineer';

// Of every 12 applicants: 4 engineer, 3 senior, 3 professor, 1 assistant, 1 technician.
const TARGETS = ['engineer', 'senior-engineer', 'professor-engineer', 'engineer', 'senior-engineer', 'professor-engineer',
  'engineer', 'senior-engineer', 'professor-engineer', 'engineer', 'assistant-engineer', 'technician'];
const BELOW = {
  technician: null, 'assistant-engineer': 'technician', engineer: 'assistant-engineer',
  'senior-engineer': 'engineer', 'professor-engineer': 'senior-engineer',
};
const SPECIALTIES = ['metrology', 'quality', 'standardization', 'special-equipment'];
const UNITS = ['provincial', 'city', 'county'];
const EDUCATION = ['bachelor', 'master', 'doctorate', 'college', 'bachelor', 'secondary'];
const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰'];
const UNIT_NAMES = ['沈阳市计量测试研究院', '大连市特种设备检测研究院', '鞍山市质量技术监督检验所', ''];
const pad = (n) => String(n).padStart(2, '0');

/** The document: `n` applicants over the levels, a city bureau's timeline. */
export function unitDocument(n) {
  const applicants = Array.from({ length: n }, (_, i) => {
    const target = TARGETS[i % TARGETS.length];
    const current = BELOW[target];
    const applicant = {
      civil_servant: false,
      in_sector: i % 17 !== 5,
      specialty: SPECIALTIES[i % SPECIALTIES.length],
      target,
      unit: UNITS[(i >> 1) % UNITS.length],
      education: EDUCATION[(i >> 2) % EDUCATION.length],
      exceptional: false,
    };
    if (current) {
      applicant.current_title = current;
      applicant.title_date = `${2012 + (i % 10)}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;
    }
    const record = {
      id: `a${1_700_000_000_000 + i}-${i % 7}`,
      name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${i % 3 ? GIVEN[(i * 11) % GIVEN.length] : ''}`,
      applicant,
    };
    // A third not posted yet, a third posted in the 2026 round, a third lately.
    if (i % 3 === 1) record.posted = `2026-07-${pad(10 + (i % 15))}`;
    if (i % 3 === 2) record.posted = `2026-11-${pad(16 + (i % 14))}`;
    const ticks = ['form-1', 'form-2', 'form-3', 'form-4'].slice(0, i % 5);
    if (ticks.length) record.ticks = ticks;
    if (UNIT_NAMES[i % UNIT_NAMES.length]) record.unit_name = UNIT_NAMES[i % UNIT_NAMES.length];
    return record;
  });
  return { schema: 1, timeline: { unit: 'city' }, applicants };
}
