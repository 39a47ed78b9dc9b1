// Provinces (시·도): the first-level divisions of the Republic of Korea: 17 until 2026-06-30, 16 from 2026-07-01,
// when 광주광역시 and 전라남도 became 전남광주통합특별시 (전남광주통합특별시 설치를 위한 특별법, 법률 제21446호).
// ISO 3166-2 has no code for it: it is keyed KR-12, the Ministry of the Interior's 시·도 number (12) in ISO's
// form (docs/reference-data.md); its English name is a translation, not yet official.
// Sources: codes from ISO 3166-2:KR (ISO 3166 Maintenance Agency, Online Browsing Platform): ISO kept
// KR-42 for 강원특별자치도 (renamed there on 2023-11-23) and KR-45 for 전북특별자치도 when they were renamed;
// 51 and 52 are the Ministry of the Interior's own province numbers (행정표준코드), which earlier versions of the
// toolkit used as codes: KR-51 and KR-52 are still read, with a warning that names the ISO code;
// Korean names and dates of change from the laws that created them: 강원특별자치도 설치 등에 관한 특별법 (in force 2023-06-11), 전북특별자치도 설치 등에 관한 특별법 (2024-01-18),
// 제주특별자치도 설치 및 국제자유도시 조성을 위한 특별법 (2006-07-01), 세종특별자치시 설치 등에 관한 특별법 (2012-07-01:
// 충청남도 연기군 abolished, its whole territory in 세종, so its names are kept as former names of 세종); English names as the
// provinces write them (Jeonbuk State, Gangwon State; Ministry of the Interior romanization); 전북자치도 (its own
// short form) and Jeonbuk-do (its legal-address romanization) from 전북특별자치도's terminology Q&A.
extension ReferenceTables {
    /// One province a line, tab-separated: ISO 3166-2:KR code, Korean name, English name, usual short
    /// form, aliases ('|'-separated), former names ('|'-separated `name:last-day-after`, meaning the name
    /// was in use before that day), history ('|'-separated, may be empty):
    /// `merged-into:KR-12:2026-07-01` = ceased on that day, its territory and names going to that province
    /// (rows of its own days count there in tables of periods ending on or after that day: see `Boundaries`);
    /// `from:2026-07-01` = exists from that day (its names before it are an error);
    /// codes that are not ISO codes but were used as such ('|'-separated, may be absent): read with a warning.
    static let provinces = #"""
    KR-11	서울특별시	Seoul	서울	서울시|Seoul Special City|Seoul Metropolitan City|Seoul-teukbyeolsi|Seoul City
    KR-12	전남광주통합특별시	Jeonnam-Gwangju Special City	전남광주	광주특별시|전남광주특별시|광주전남특별시|광주·전남|전남·광주|Jeonnam-Gwangju|Jeonnam-Gwangju Integrated Special City|Jeonnam-Gwangju Special Integrated City|Gwangju Special City		from:2026-07-01
    KR-26	부산광역시	Busan	부산	부산시|Busan Metropolitan City|Busan-gwangyeoksi|Busan City|Pusan
    KR-27	대구광역시	Daegu	대구	대구시|Daegu Metropolitan City|Daegu-gwangyeoksi|Daegu City|Taegu
    KR-28	인천광역시	Incheon	인천	인천시|Incheon Metropolitan City|Incheon-gwangyeoksi|Incheon City|Inchon
    KR-29	광주광역시	Gwangju	광주	광주시|Gwangju Metropolitan City|Gwangju-gwangyeoksi|Gwangju City|Kwangju		merged-into:KR-12:2026-07-01
    KR-30	대전광역시	Daejeon	대전	대전시|Daejeon Metropolitan City|Daejeon-gwangyeoksi|Daejeon City|Taejon
    KR-31	울산광역시	Ulsan	울산	울산시|Ulsan Metropolitan City|Ulsan-gwangyeoksi|Ulsan City
    KR-50	세종특별자치시	Sejong	세종	세종시|Sejong City|Sejong Special Self-Governing City|Sejong-teukbyeoljachisi	연기군:2012-07-01|Yeongi-gun:2012-07-01|충청남도 연기군:2012-07-01|충남 연기군:2012-07-01
    KR-41	경기도	Gyeonggi-do	경기	Gyeonggi|Gyeonggi Province
    KR-42	강원특별자치도	Gangwon State	강원	Gangwon|Gangwon Province|Gangwon Special Self-Governing Province|Gangwon-teukbyeoljachido	강원도:2023-06-11|Gangwon-do:2023-06-11		KR-51
    KR-43	충청북도	Chungcheongbuk-do	충북	충북도|Chungbuk|North Chungcheong|North Chungcheong Province
    KR-44	충청남도	Chungcheongnam-do	충남	충남도|Chungnam|South Chungcheong|South Chungcheong Province
    KR-45	전북특별자치도	Jeonbuk State	전북	전북도|전북자치도|Jeonbuk|Jeonbuk-do|Jeonbuk Special Self-Governing Province|Jeonbuk-teukbyeoljachido|North Jeolla|North Jeolla Province	전라북도:2024-01-18|Jeollabuk-do:2024-01-18		KR-52
    KR-46	전라남도	Jeollanam-do	전남	전남도|Jeonnam|South Jeolla|South Jeolla Province		merged-into:KR-12:2026-07-01
    KR-47	경상북도	Gyeongsangbuk-do	경북	경북도|Gyeongbuk|North Gyeongsang|North Gyeongsang Province
    KR-48	경상남도	Gyeongsangnam-do	경남	경남도|Gyeongnam|South Gyeongsang|South Gyeongsang Province
    KR-49	제주특별자치도	Jeju	제주	Jeju Special Self-Governing Province|Jeju Province|Jeju-teukbyeoljachido	제주도:2006-07-01|Jeju-do:2006-07-01
    """#
}
