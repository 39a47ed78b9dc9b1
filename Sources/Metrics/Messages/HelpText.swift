/// The command line's help: each command's summary and each option's text, in Korean and English
/// (part of the catalogue, `Message`; kept apart because only `report-cli --help` shows it).
public enum HelpText: CaseIterable, Sendable {
    // report-cli
    case tool, toolDiscussion
    // Options shared by the commands that read a log
    case logs, encoding, sheet, dedupe, period, template, templateNamed, messagesLanguage
    case filterOffices, filterCountries, filterSectors, filterKinds, boundaries, format
    // validate
    case validate, validateDiscussion
    // tables
    case tables, tablesDiscussion, tablesBy, tablesCompare
    // quarterly
    case quarterly, quarterlyDiscussion, quarterlyOutput, quarterlyCSV, quarterlyCSVEncoding, reportLanguage, quarterlyForce
    // compare
    case compare, compareDiscussion, compareOffices, compareAllProvinces, compareBy, compareOutput, compareForce
    // briefing
    case briefing, briefingDiscussion, briefingLogEncoding, briefingEncodingEarlier, briefingOffice, briefingOutput
    case briefingCSVEncoding, briefingNames, briefingLanguage, briefingForce
    // ties
    case ties, tiesDiscussion, tiesAsOf, tiesDormantAfter, tiesLanguage
    // form
    case form, formDiscussion, formOutput, formOffice, formLanguage, formFrom, formEncoding, formSheet, formForce
    // template
    case templates, templateList, templateListLanguage, templateShow, templateShowName, templateInit, templateInitDiscussion
    case templateInitName, templateInitPath
    // The words swift-argument-parser puts around our texts
    case overviewHeading, usageHeading, argumentsHeading, optionsHeading, subcommandsHeading, usageLabel, showHelp
    case valuesLabel, defaultLabel, seeSubcommandHelp, seeMoreStart, seeMoreEnd
    // … and in its refusals of a command line (`Error: Unknown option '--x'`)
    case missingArgument, unknownOption, missingValue, unexpectedArgument, didYouMean, didYouMeanEnd
    case invalidValue, invalidValueFor, provideOneOf, listAnd
    // serve
    case serve, serveDiscussion, serveHost, servePort, serveMaxUpload, serveJobs, serveToken

    public func text(_ language: Language) -> String {
        let texts = self.texts
        return language == .ko ? texts.ko : texts.en
    }

    var texts: (ko: String, en: String) {
        switch self {
        case .tool:
            ("지자체 국제통상 활동 기록으로 보고서와 지표를 만듭니다.", "Reports and metrics from the activity logs of regional trade offices.")
        case .toolDiscussion:
            ("종료 코드: 성공 0, 입력에 오류가 있으면 1, 명령을 잘못 쓰면 2. 기록 형식(받는 열과 값 전부): docs/activity-log.md.",
             "Exit status: 0 on success, 1 when an input has errors, 2 on bad usage. The log format (every column and value accepted): docs/activity-log.md.")
        case .logs:
            ("활동 기록 파일(CSV 또는 .xlsx). 여러 파일을 하나의 기록으로 읽습니다.", "Activity-log files (CSV or .xlsx). Several files are read as one log.")
        case .encoding:
            ("파일의 인코딩(utf-8 또는 cp949). 지정하지 않으면 자동으로 판별합니다.", "The files' text encoding (utf-8 or cp949); detected when not given.")
        case .sheet:
            (".xlsx 기록에서 읽을 시트. 지정하지 않으면 첫 시트를 읽습니다.", "The sheet to read in .xlsx logs; the first sheet when not given.")
        case .dedupe:
            ("두 기관의 기록(또는 한 기관의 두 파일)에 함께 있는 활동을 시·군·구 기준으로 한 번만 집계합니다.",
             "Count an activity that two offices' logs (or two files of one office) both hold once, under the municipality.")
        case .period:
            ("기간: 2024-Q1, 2024-H1, 2024, 2024-03, 2024-01-15..2024-03-31 또는 all.",
             "The period: 2024-Q1, 2024-H1, 2024, 2024-03, 2024-01-15..2024-03-31 or all.")
        case .template:
            ("기본 서식 이름 또는 .yaml 파일의 경로.", "A built-in template or the path of a .yaml file.")
        case .templateNamed:
            ("기본 서식(%@) 이름 또는 .yaml 파일의 경로.", "A built-in template (%@) or the path of a .yaml file.")
        case .messagesLanguage:
            ("메시지 언어: ko 또는 en(기본값: 로캘에 따름. LANG=ko_KR.UTF-8이면 한국어).",
             "The language of messages: ko or en (default: the locale's, LANG=ko_KR.UTF-8 for Korean).")
        case .filterOffices:
            ("이 기관만(시·도는 소속 시·군·구 포함). 예: 전북, 전주시.", "Only these offices (a province includes its 시·군·구), e.g. 전북 or 전주시.")
        case .filterCountries:
            ("이 상대국만. 예: US, 카자흐스탄.", "Only these partner countries, e.g. US or 카자흐스탄.")
        case .filterSectors:
            ("이 분야만. 예: bio, 농생명.", "Only these sectors, e.g. bio or 농생명.")
        case .filterKinds:
            ("이 유형만. 예: mission, 업무협약.", "Only these kinds, e.g. mission or 업무협약.")
        case .boundaries:
            ("current(현재 시·도 기준: 2026-07-01 이후에 끝나는 기간은 광주와 전남을 전남광주통합특별시로 집계, 기본값) 또는 as-logged(기록된 대로).",
             "current (today's provinces: 광주 and 전남 counted as 전남광주통합특별시 in periods ending on or after 2026-07-01, the default) or as-logged.")
        case .format:
            ("table(열 맞춤, 터미널에서 기본값), csv(그 밖의 기본값) 또는 json.", "table (aligned, the default on a terminal), csv (the default otherwise) or json.")

        case .validate:
            ("활동 기록을 확인하고 요약합니다.", "Check activity logs and summarise them.")
        case .validateDiscussion:
            ("오류와 경고를 표준 오류에 한 줄씩 FILE:LINE:COLUMN: error: COLUMN: MESSAGE 'VALUE' 형식으로(통합 문서는 FILE[SHEET]:CELL) 출력한 뒤 요약을 출력합니다. 오류가 있으면 1로 끝납니다. 기록 형식(받는 열과 값 전부): docs/activity-log.md.",
             "Prints each error and warning as FILE:LINE:COLUMN: error: COLUMN: MESSAGE 'VALUE' (FILE[SHEET]:CELL for a workbook) on standard error, then a summary. Exits 1 when there is an error. The log format, every column and value accepted: docs/activity-log.md.")

        case .tables:
            ("한 기간의 지표 표 하나를 출력합니다.", "Print one table of metrics for a period.")
        case .tablesDiscussion:
            ("측정값: activities, missions, companies, partner_companies, agreements, consultations, consultation_usd, contract_usd, countries(정의는 docs/activity-log.md). 마지막 행은 표의 행들을 더한 합계입니다.",
             "Measures: activities, missions, companies, partner_companies, agreements, consultations, consultation_usd, contract_usd, countries (defined in docs/activity-log.md). The last row is the total over the rows themselves.")
        case .tablesBy:
            ("다음 중 한두 가지로 묶습니다: %@.", "Group by one or two of: %@.")
        case .tablesCompare:
            ("직전 기간, 전년 같은 기간, 또는 그 전 2년·3년 평균과 비교합니다(previous, last-year, avg-2y, avg-3y).",
             "Compare with the previous period, the same period last year, or its mean over the 2 or 3 years before (previous, last-year, avg-2y, avg-3y).")

        case .quarterly:
            ("기관의 분기 Excel 보고서(와 그 표의 CSV)를 만듭니다.", "Make an office's quarterly Excel report (and its tables as CSV).")
        case .quarterlyDiscussion:
            ("서식(기본값: 기본 서식 'quarterly')으로 REPORT.xlsx를 씁니다. 있는 파일은 --force를 줄 때만 바꾸며, 입력 파일이나 서식은 바꾸지 않습니다. 실패하면 만들다 만 파일을 남기지 않습니다.",
             "Writes REPORT.xlsx from a template (built-in 'quarterly' by default). An existing file is replaced only with --force, and never an input or the template; a failure leaves no partial file.")
        case .quarterlyOutput, .compareOutput:
            ("저장할 Excel 파일.", "The Excel file to write.")
        case .quarterlyCSV:
            ("각 표를 CSV로도 이 폴더에 저장합니다.", "Also write each table as CSV into this folder.")
        case .quarterlyCSVEncoding:
            ("utf-8-bom(기본값, 한글 Excel에서 바로 열림) 또는 cp949.", "utf-8-bom (the default; Korean Excel opens it) or cp949.")
        case .reportLanguage:
            ("보고서와 메시지의 언어: ko 또는 en.", "The report's language (and the messages'): ko or en.")
        case .quarterlyForce:
            ("있는 보고서나 CSV 폴더를 바꿉니다.", "Replace an existing report or CSV folder.")

        case .compare:
            ("시·도(또는 기관)를 나란히 비교하는 Excel 보고서를 만듭니다.", "Compare provinces (or offices) side by side in an Excel report.")
        case .compareDiscussion:
            ("기본값은 17개 시·도 전체이며 활동이 없는 시·도도 나옵니다. 시·군·구는 소속 시·도로 합칩니다. --by office는 보고하는 지자체 자체를 비교합니다(전북특별자치도 옆에 전주시).",
             "By default all 17 provinces, each present even with no activity; municipalities roll up into their province. --by office compares the reporting governments themselves (전주시 beside 전북특별자치도 itself).")
        case .compareOffices:
            ("비교할 기관. 예: 전북,제주,경북(기본값: 17개 시·도 전체).", "The offices to compare, e.g. 전북,제주,경북 (default: all 17 provinces).")
        case .compareAllProvinces:
            ("17개 시·도 전체를 비교합니다(기본값).", "Compare all 17 provinces (the default).")
        case .compareBy:
            ("province(시·군·구를 시·도로 합침, 기본값) 또는 office(각 지자체 자체).",
             "province (municipalities rolled up; the default) or office (each government itself).")
        case .compareForce:
            ("있는 보고서를 바꿉니다.", "Replace an existing report.")

        case .briefing:
            ("의회 보고에 붙이는 CSV 표를 새 폴더에 씁니다.", "Write the CSV tables a council briefing attaches, into a new folder.")
        case .briefingDiscussion:
            ("파일은 한글 Excel에서 두 번 눌러 열립니다. BOM이 있는 UTF-8(또는 --csv-encoding cp949), 한국어 머리글(영어는 --lang en), 파일 이름은 2024-Q1_전북_분야별.csv 형식(--names en이면 2024-Q1_Jeonbuk_by-sector.csv)입니다. 폴더는 한꺼번에 만들어지거나 전혀 만들어지지 않으며, 있는 폴더는 --force가 없으면 그대로 둡니다.",
             "Files open in Korean Excel by double-click: UTF-8 with BOM (or --csv-encoding cp949), Korean headers (--lang en for English), named like 2024-Q1_전북_분야별.csv (--names en: 2024-Q1_Jeonbuk_by-sector.csv). The folder appears whole or not at all; an existing one is kept unless --force.")
        case .briefingLogEncoding:
            ("기록 파일의 인코딩(utf-8 또는 cp949). 지정하지 않으면 자동으로 판별합니다.", "The logs' text encoding (utf-8 or cp949); detected when not given.")
        case .briefingEncodingEarlier:
            ("--encoding과 같습니다(예전 이름).", "The same as --encoding (the earlier spelling).")
        case .briefingOffice:
            ("이 기관만(시·도는 소속 시·군·구 포함).", "Only this office (a province includes its 시·군·구).")
        case .briefingOutput:
            ("만들 폴더.", "The folder to create.")
        case .briefingCSVEncoding:
            ("CSV 파일의 인코딩: utf-8-bom(기본값) 또는 cp949.", "The CSV files' encoding: utf-8-bom (the default) or cp949.")
        case .briefingNames:
            ("파일 이름을 한국어(ko, 기본값) 또는 영어(en)로.", "File names in Korean (ko, the default) or English (en).")
        case .briefingLanguage:
            ("머리글, 항목 이름과 메시지를 한국어(ko, 기본값) 또는 영어(en)로.", "Headers and labels (and messages) in Korean (ko, the default) or English (en).")
        case .briefingForce:
            ("있는 폴더를 바꿉니다.", "Replace an existing folder.")

        case .ties:
            ("기관의 해외 교류(자매도시, MOU, 협약)를 모두 나열하고 살아 있는지 보여 줍니다.",
             "List every tie an office has abroad (sister cities, MOUs, agreements) and whether it is alive.")
        case .tiesDiscussion:
            ("교류는 기관과 해외 상대(상대국의 상대 도시, 도시가 없으면 상대기관)의 관계로, 첫 협약부터 셉니다. 그 전의 상대와의 활동도 셉니다. 마지막 활동이 --as-of보다 --dormant-after개월 넘게 앞서면 휴면입니다.",
             "A tie is an office and a partner abroad (the partner city in its country, or the partner organisation where no city is given) from its first agreement on. Activities with the partner before it count too. A tie is dormant when its last activity is more than --dormant-after months before --as-of.")
        case .tiesAsOf:
            ("기준일. 지정하지 않으면 기록의 마지막 일자입니다.", "The day of the register; the log's last date when not given.")
        case .tiesDormantAfter:
            ("활동 없이 이 개월 수가 지나면 휴면으로 봅니다.", "Months without activity after which a tie is dormant.")
        case .tiesLanguage:
            ("표와 메시지의 언어: ko 또는 en.", "The table format's language (and the messages'): ko or en.")

        case .form:
            ("활동 기록 양식(목록과 검사가 들어 있는 Excel 통합 문서)을 씁니다.",
             "Write the activity-log form: an Excel workbook to keep the log in, with lists and checks built in.")
        case .formDiscussion:
            ("첫 시트(활동)는 모든 명령이 기록으로 읽습니다. 드롭다운 목록으로 기관, 유형, 상대국을 고르고, 일자·숫자·금액은 입력할 때 검사하며, 각 열에 설명이 있습니다. --from을 주면 예전 기록(CSV 또는 .xlsx)의 행을 양식으로 옮깁니다. 있는 파일은 --force가 없으면 그대로 둡니다.",
             "Its first sheet (활동) is read by every command as a log. Drop-down lists offer the offices, kinds and countries; dates, numbers and amounts are checked as they are typed; each column shows what it means. With --from, the rows of an older log (CSV or .xlsx) are moved into the form. An existing file is kept unless --force.")
        case .formOutput:
            ("저장할 양식 파일.", "The form to write.")
        case .formOffice:
            ("양식을 쓸 기관(드롭다운에 그 기관과 소속 시·군·구가 나옵니다). 예: 전북, 전주시. 지정하지 않으면 모든 기관입니다.",
             "The office whose form it is (its drop-down then lists it and its 시·군·구), e.g. 전북 or 전주시; every office when not given.")
        case .formLanguage:
            ("양식과 메시지의 언어: ko 또는 en.", "The form's language (and the messages'): ko or en.")
        case .formFrom:
            ("양식에 처음부터 넣을 예전 기록(CSV 또는 .xlsx).", "Older logs (CSV or .xlsx) whose rows the form starts with.")
        case .formEncoding:
            ("예전 기록의 인코딩(utf-8 또는 cp949). 지정하지 않으면 자동으로 판별합니다.", "The older logs' text encoding (utf-8 or cp949); detected when not given.")
        case .formSheet:
            ("--from으로 준 .xlsx 기록에서 읽을 시트. 지정하지 않으면 첫 시트를 읽습니다.",
             "The sheet to read in .xlsx logs given with --from; the first sheet when not given.")
        case .formForce:
            ("있는 파일을 바꿉니다.", "Replace an existing file.")

        case .templates:
            ("보고서 서식을 나열하고 보여 주고 복사합니다.", "List, show and copy report templates.")
        case .templateList:
            ("기본 서식과 ./Templates의 서식을 나열합니다.", "List the built-in templates and those in ./Templates.")
        case .templateListLanguage:
            ("설명과 메시지를 한국어(ko) 또는 영어(en)로.", "Descriptions (and messages) in Korean (ko) or English (en).")
        case .templateShow:
            ("서식을 출력합니다.", "Print a template.")
        case .templateShowName:
            ("서식 이름 또는 경로.", "A template's name or path.")
        case .templateInit:
            ("기본 서식을 고칠 수 있는 파일로 복사합니다.", "Copy a built-in template to a file you can edit.")
        case .templateInitDiscussion:
            ("있는 파일은 덮어쓰지 않습니다. 복사본은 --template PATH로 사용합니다.", "Refuses to overwrite a file. Use the copy with --template PATH.")
        case .templateInitName:
            ("복사할 기본 서식.", "The built-in template to copy.")
        case .templateInitPath:
            ("복사본을 저장할 곳(기본값: NAME.yaml).", "Where to write the copy (default: NAME.yaml).")

        case .overviewHeading: ("개요:", "OVERVIEW:")
        case .usageHeading: ("사용법:", "USAGE:")
        case .argumentsHeading: ("인수:", "ARGUMENTS:")
        case .optionsHeading: ("옵션:", "OPTIONS:")
        case .subcommandsHeading: ("하위 명령:", "SUBCOMMANDS:")
        case .usageLabel: ("사용법:", "Usage:")
        case .showHelp: ("도움말을 보여 줍니다.", "Show help information.")
        case .valuesLabel: ("(값:", "(values:")
        case .defaultLabel: ("기본값:", "default:")
        case .seeSubcommandHelp:
            ("명령별 도움말은 'report-cli help <하위 명령>'으로 보십시오.", "See 'report-cli help <subcommand>' for detailed help.")
        case .seeMoreStart: ("자세한 내용은 '", "See '")
        case .seeMoreEnd: ("'로 확인하십시오.", "' for more information.")
        case .missingArgument: ("필요한 인수가 없습니다: ", "Missing expected argument ")
        case .unknownOption: ("알 수 없는 옵션입니다: ", "Unknown option ")
        case .missingValue: ("값이 없습니다: ", "Missing value for ")
        case .unexpectedArgument: ("예상하지 못한 인수입니다: ", "Unexpected argument ")
        case .didYouMean: (" 혹시 ", " Did you mean ")
        case .didYouMeanEnd: ("입니까?", "?")
        case .invalidValue: ("값 ", "The value ")
        case .invalidValueFor: ("'은(는) 쓸 수 없습니다: '", "' is invalid for '")
        case .provideOneOf: (". 다음 중 하나를 쓰십시오: ", ". Please provide one of ")
        case .listAnd: (" 또는 ", " and ")

        case .serve:
            ("사무실 전체가 쓰는 웹 페이지와 HTTP API를 엽니다.", "Serve the web page and the HTTP API for the whole office.")
        case .serveDiscussion:
            ("출력된 주소를 브라우저에서 여십시오. 127.0.0.1이 아닌 호스트는 다른 컴퓨터에서 접속할 수 있으므로 --token(또는 REPORT_TOKEN)이 필요합니다. Ctrl-C로 멈추며 임시 파일을 지웁니다.",
             "Open the printed address in a browser. A host other than 127.0.0.1 is reachable from other machines and needs --token (or REPORT_TOKEN). Stops with Ctrl-C, removing its temporary files.")
        case .serveHost:
            ("접속을 받을 주소: 127.0.0.1(이 컴퓨터만) 또는 0.0.0.0(사무실 네트워크).",
             "The address to listen on: 127.0.0.1 (this machine only) or 0.0.0.0 (the office network).")
        case .servePort:
            ("포트. 0이면 비어 있는 포트를 고릅니다.", "The port; 0 picks a free one.")
        case .serveMaxUpload:
            ("받을 수 있는 가장 큰 업로드(MB).", "The largest upload taken, in MB.")
        case .serveJobs:
            ("한 번에 만드는 보고서 수(기본값: 코어 수). 나머지는 차례를 기다립니다.",
             "Reports made at once (default: the number of cores); the rest wait in line.")
        case .serveToken:
            ("모든 사용자가 입력해야 하는 토큰(기본값: $REPORT_TOKEN).", "A token every user must give (default: $REPORT_TOKEN).")
        }
    }

    /// The text with `%@` replaced by `value` (a list the program knows: templates, dimensions).
    public func text(_ language: Language, filling value: String) -> String {
        text(language).replacing("%@", with: value)
    }
}
