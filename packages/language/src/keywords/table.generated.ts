// GENERATED from dsl/keywords.json by scripts/gen-keywords.mjs: do not edit; edit the JSON and regenerate.
import type { KeywordEntry } from './types.js';

export const keywordTable: readonly KeywordEntry[] = [
  {
    "id": "use",
    "category": "block",
    "vi": "dùng",
    "ascii": "dung",
    "en": "use",
    "aliases": [],
    "meaning": "import the declarations (levels, units, roles, councils, procedures) of another file"
  },
  {
    "id": "only",
    "category": "clause",
    "vi": "chỉ",
    "ascii": "chi",
    "en": "only",
    "aliases": [],
    "meaning": "after `dùng \"file\"`: import only the names listed"
  },
  {
    "id": "organisation",
    "category": "block",
    "vi": "tổ chức",
    "ascii": "to chuc",
    "en": "organisation",
    "aliases": [
      "organization"
    ],
    "meaning": "organisation block: levels, units, roles, councils"
  },
  {
    "id": "plan",
    "category": "block",
    "vi": "kế hoạch",
    "ascii": "ke hoach",
    "en": "plan",
    "aliases": [],
    "meaning": "the plan"
  },
  {
    "id": "procedure",
    "category": "block",
    "vi": "quy trình",
    "ascii": "quy trinh",
    "en": "procedure",
    "aliases": [],
    "meaning": "a review procedure"
  },
  {
    "id": "schedule",
    "category": "block",
    "vi": "tiến độ",
    "ascii": "tien do",
    "en": "schedule",
    "aliases": [],
    "meaning": "the schedule of activities"
  },
  {
    "id": "dossier",
    "category": "block",
    "vi": "hồ sơ",
    "ascii": "ho so",
    "en": "dossier",
    "aliases": [],
    "meaning": "the dossier's fields"
  },
  {
    "id": "params",
    "category": "block",
    "vi": "tham số",
    "ascii": "tham so",
    "en": "parameters",
    "aliases": [
      "params"
    ],
    "meaning": "procedure parameters with defaults"
  },
  {
    "id": "step",
    "category": "block",
    "vi": "bước",
    "ascii": "buoc",
    "en": "step",
    "aliases": [],
    "meaning": "a step of a procedure"
  },
  {
    "id": "parallel",
    "category": "block",
    "vi": "song song",
    "ascii": "song song",
    "en": "parallel",
    "aliases": [],
    "meaning": "parallel branches"
  },
  {
    "id": "branch",
    "category": "block",
    "vi": "nhánh",
    "ascii": "nhanh",
    "en": "branch",
    "aliases": [],
    "meaning": "one branch of a parallel block"
  },
  {
    "id": "join",
    "category": "clause",
    "vi": "hợp nhất",
    "ascii": "hop nhat",
    "en": "join",
    "aliases": [],
    "meaning": "leave a parallel block"
  },
  {
    "id": "final",
    "category": "clause",
    "vi": "kết thúc",
    "ascii": "ket thuc",
    "en": "final",
    "aliases": [],
    "meaning": "final states (outcomes)"
  },
  {
    "id": "start",
    "category": "clause",
    "vi": "bắt đầu",
    "ascii": "bat dau",
    "en": "start",
    "aliases": [],
    "meaning": "the initial step"
  },
  {
    "id": "level",
    "category": "clause",
    "vi": "cấp",
    "ascii": "cap",
    "en": "level",
    "aliases": [],
    "meaning": "a level, or the chain of levels"
  },
  {
    "id": "unit",
    "category": "clause",
    "vi": "đơn vị",
    "ascii": "don vi",
    "en": "unit",
    "aliases": [],
    "meaning": "a unit (issuing unit in a plan)"
  },
  {
    "id": "role",
    "category": "clause",
    "vi": "vai trò",
    "ascii": "vai tro",
    "en": "role",
    "aliases": [],
    "meaning": "a role"
  },
  {
    "id": "council",
    "category": "clause",
    "vi": "hội đồng",
    "ascii": "hoi dong",
    "en": "council",
    "aliases": [],
    "meaning": "a council"
  },
  {
    "id": "member",
    "category": "clause",
    "vi": "thành viên",
    "ascii": "thanh vien",
    "en": "member",
    "aliases": [],
    "meaning": "a council member"
  },
  {
    "id": "position",
    "category": "clause",
    "vi": "chức vụ",
    "ascii": "chuc vu",
    "en": "position",
    "aliases": [],
    "meaning": "a member's position"
  },
  {
    "id": "scope",
    "category": "clause",
    "vi": "phụ trách",
    "ascii": "phu trach",
    "en": "in charge of",
    "aliases": [
      "scope"
    ],
    "meaning": "a member's scope"
  },
  {
    "id": "under",
    "category": "clause",
    "vi": "thuộc",
    "ascii": "thuoc",
    "en": "under",
    "aliases": [],
    "meaning": "parent unit"
  },
  {
    "id": "school-year",
    "category": "clause",
    "vi": "năm học",
    "ascii": "nam hoc",
    "en": "school year",
    "aliases": [],
    "meaning": "school-year period"
  },
  {
    "id": "frame",
    "category": "clause",
    "vi": "khung năm học",
    "ascii": "khung nam hoc",
    "en": "school year frame",
    "aliases": [],
    "meaning": "override the school-year frame"
  },
  {
    "id": "basis",
    "category": "clause",
    "vi": "căn cứ",
    "ascii": "can cu",
    "en": "pursuant to",
    "aliases": [
      "basis"
    ],
    "meaning": "a legal basis"
  },
  {
    "id": "lenient-before",
    "category": "clause",
    "vi": "trước tính cả ngày",
    "ascii": "truoc tinh ca ngay",
    "en": "before is inclusive",
    "aliases": [],
    "meaning": "read 'trước D' as including D"
  },
  {
    "id": "doc-number",
    "category": "clause",
    "vi": "số hiệu",
    "ascii": "so hieu",
    "en": "document number",
    "aliases": [],
    "meaning": "the document's number"
  },
  {
    "id": "issued",
    "category": "clause",
    "vi": "ban hành",
    "ascii": "ban hanh",
    "en": "issued",
    "aliases": [],
    "meaning": "the issue date"
  },
  {
    "id": "note",
    "category": "clause",
    "vi": "ghi chú",
    "ascii": "ghi chu",
    "en": "note",
    "aliases": [],
    "meaning": "a free-text note"
  },
  {
    "id": "record",
    "category": "clause",
    "vi": "ghi",
    "ascii": "ghi",
    "en": "set",
    "aliases": [],
    "meaning": "a step or transition writes a dossier field (`ghi kết_quả = đạt`)"
  },
  {
    "id": "event",
    "category": "clause",
    "vi": "sự kiện",
    "ascii": "su kien",
    "en": "event",
    "aliases": [],
    "meaning": "an event with a run-time or estimated date"
  },
  {
    "id": "phase",
    "category": "clause",
    "vi": "đợt",
    "ascii": "dot",
    "en": "phase",
    "aliases": [],
    "meaning": "an emulation phase"
  },
  {
    "id": "all-year",
    "category": "clause",
    "vi": "cả năm",
    "ascii": "ca nam",
    "en": "all year",
    "aliases": [
      "year round"
    ],
    "meaning": "year-round section"
  },
  {
    "id": "regular",
    "category": "clause",
    "vi": "thường xuyên",
    "ascii": "thuong xuyen",
    "en": "ongoing",
    "aliases": [
      "regularly"
    ],
    "meaning": "year-round (ongoing) section"
  },
  {
    "id": "by",
    "category": "clause",
    "vi": "do",
    "ascii": "do",
    "en": "by",
    "aliases": [],
    "meaning": "who is responsible / acts"
  },
  {
    "id": "per-procedure",
    "category": "clause",
    "vi": "theo quy trình",
    "ascii": "theo quy trinh",
    "en": "per procedure",
    "aliases": [
      "following procedure"
    ],
    "meaning": "link an activity to a procedure"
  },
  {
    "id": "with",
    "category": "clause",
    "vi": "với",
    "ascii": "voi",
    "en": "with",
    "aliases": [],
    "meaning": "set a procedure parameter"
  },
  {
    "id": "after",
    "category": "clause",
    "vi": "sau",
    "ascii": "sau",
    "en": "after",
    "aliases": [],
    "meaning": "dependency (or, after a duration, part of a time phrase)"
  },
  {
    "id": "deadline",
    "category": "clause",
    "vi": "hạn",
    "ascii": "han",
    "en": "deadline",
    "aliases": [
      "due"
    ],
    "meaning": "a step's deadline"
  },
  {
    "id": "takes",
    "category": "clause",
    "vi": "mất",
    "ascii": "mat",
    "en": "takes",
    "aliases": [],
    "meaning": "processing duration"
  },
  {
    "id": "posting",
    "category": "clause",
    "vi": "công khai",
    "ascii": "cong khai",
    "en": "posting",
    "aliases": [
      "post for"
    ],
    "meaning": "public posting period"
  },
  {
    "id": "remind",
    "category": "clause",
    "vi": "nhắc trước",
    "ascii": "nhac truoc",
    "en": "remind",
    "aliases": [
      "remind before"
    ],
    "meaning": "reminder before the deadline"
  },
  {
    "id": "if",
    "category": "clause",
    "vi": "nếu",
    "ascii": "neu",
    "en": "if",
    "aliases": [],
    "meaning": "a guard"
  },
  {
    "id": "overdue",
    "category": "clause",
    "vi": "quá hạn",
    "ascii": "qua han",
    "en": "overdue",
    "aliases": [
      "timeout"
    ],
    "meaning": "timeout transition"
  },
  {
    "id": "escalate",
    "category": "clause",
    "vi": "chuyển lên",
    "ascii": "chuyen len",
    "en": "escalate to",
    "aliases": [],
    "meaning": "escalation to a higher level"
  },
  {
    "id": "for-each",
    "category": "clause",
    "vi": "cho mỗi",
    "ascii": "cho moi",
    "en": "for each",
    "aliases": [],
    "meaning": "fan a step out to every subordinate unit"
  },
  {
    "id": "roll-up",
    "category": "clause",
    "vi": "gộp",
    "ascii": "gop",
    "en": "roll up",
    "aliases": [],
    "meaning": "roll-up policy of a fanned-out step"
  },
  {
    "id": "all",
    "category": "value",
    "vi": "tất cả",
    "ascii": "tat ca",
    "en": "all",
    "aliases": [],
    "meaning": "all (roll-up, join)"
  },
  {
    "id": "any",
    "category": "value",
    "vi": "bất kỳ",
    "ascii": "bat ky",
    "en": "any",
    "aliases": [],
    "meaning": "any (join)"
  },
  {
    "id": "quorum",
    "category": "value",
    "vi": "đủ",
    "ascii": "du",
    "en": "at least",
    "aliases": [
      "quorum"
    ],
    "meaning": "a quorum (count or percent)"
  },
  {
    "id": "on-time",
    "category": "value",
    "vi": "đúng hạn",
    "ascii": "dung han",
    "en": "on time",
    "aliases": [],
    "meaning": "whoever submitted by the deadline"
  },
  {
    "id": "done",
    "category": "value",
    "vi": "xong",
    "ascii": "xong",
    "en": "done",
    "aliases": [],
    "meaning": "end of a branch"
  },
  {
    "id": "submit",
    "category": "action",
    "vi": "nộp",
    "ascii": "nop",
    "en": "submit",
    "aliases": [],
    "meaning": "submit"
  },
  {
    "id": "approve",
    "category": "action",
    "vi": "duyệt",
    "ascii": "duyet",
    "en": "approve",
    "aliases": [],
    "meaning": "approve"
  },
  {
    "id": "return",
    "category": "action",
    "vi": "trả lại",
    "ascii": "tra lai",
    "en": "return",
    "aliases": [
      "send back"
    ],
    "meaning": "return for revision"
  },
  {
    "id": "reject",
    "category": "action",
    "vi": "không duyệt",
    "ascii": "khong duyet",
    "en": "reject",
    "aliases": [],
    "meaning": "reject"
  },
  {
    "id": "concur",
    "category": "action",
    "vi": "hiệp y",
    "ascii": "hiep y",
    "en": "concur",
    "aliases": [],
    "meaning": "formal concurrence"
  },
  {
    "id": "appraise",
    "category": "action",
    "vi": "thẩm định",
    "ascii": "tham dinh",
    "en": "appraise",
    "aliases": [],
    "meaning": "appraisal"
  },
  {
    "id": "forward",
    "category": "action",
    "vi": "trình",
    "ascii": "trinh",
    "en": "forward",
    "aliases": [],
    "meaning": "forward upwards"
  },
  {
    "id": "type-text",
    "category": "type",
    "vi": "văn bản",
    "ascii": "van ban",
    "en": "text",
    "aliases": [],
    "meaning": "text field"
  },
  {
    "id": "type-number",
    "category": "type",
    "vi": "số",
    "ascii": "so",
    "en": "number",
    "aliases": [],
    "meaning": "number field"
  },
  {
    "id": "one-of",
    "category": "type",
    "vi": "một trong",
    "ascii": "mot trong",
    "en": "one of",
    "aliases": [],
    "meaning": "enumeration field"
  },
  {
    "id": "yes",
    "category": "value",
    "vi": "có",
    "ascii": "co",
    "en": "yes",
    "aliases": [
      "true"
    ],
    "meaning": "yes / true"
  },
  {
    "id": "no",
    "category": "value",
    "vi": "không",
    "ascii": "khong",
    "en": "no",
    "aliases": [
      "false"
    ],
    "meaning": "no / false; also 'not' before a condition"
  },
  {
    "id": "not",
    "category": "operator",
    "vi": "không phải",
    "ascii": "khong phai",
    "en": "not",
    "aliases": [],
    "meaning": "negation"
  },
  {
    "id": "and",
    "category": "operator",
    "vi": "và",
    "ascii": "va",
    "en": "and",
    "aliases": [],
    "meaning": "conjunction"
  },
  {
    "id": "or",
    "category": "operator",
    "vi": "hoặc",
    "ascii": "hoac",
    "en": "or",
    "aliases": [],
    "meaning": "disjunction"
  },
  {
    "id": "differs",
    "category": "operator",
    "vi": "khác",
    "ascii": "khac",
    "en": "differs from",
    "aliases": [],
    "meaning": "not equal (!=)"
  },
  {
    "id": "day",
    "category": "type",
    "vi": "ngày",
    "ascii": "ngay",
    "en": "day",
    "aliases": [
      "days",
      "date"
    ],
    "meaning": "the date field type (also a time word)"
  },
  {
    "id": "year",
    "category": "clause",
    "vi": "năm",
    "ascii": "nam",
    "en": "year",
    "aliases": [
      "years"
    ],
    "meaning": "calendar-year period (also a time word)"
  }
];
