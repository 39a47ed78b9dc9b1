// Municipalities (시·군·구): the autonomous ones since 2023-07-01 (226 until 2026-06-30, 227 from 2026-07-01),
// the offices that ceased on 2026-07-01, and Jeju's two administrative cities.
// Sources: the list, its order and the provinces from the Ministry of the Interior and Safety's administrative
// standard codes (행정표준코드, 법정동코드 시·군·구 level), checked line by line against the full code list as
// published on 2026-10-08 and against an older (2012–13) vintage of the same codes, whose only differences are
// the changes recorded in the history column; English names in the
// ministry's Revised Romanization, as the governments write them; dates from the laws that made the changes:
// 충청남도 당진시 도농복합형태의 시 설치 등에 관한 법률 (2012-01-01), 경기도 여주시 도농복합형태의 시 설치 등에 관한
// 법률 (2013-09-23), 인천광역시 남구 명칭 변경에 관한 법률 (2018-07-01), 경상남도 창원시 설치 및 지원특례에 관한 법률
// (마산시 and 진해시 merged with 창원시, 2010-07-01), 충청북도 청주시 설치 및 지원특례에 관한 법률 (법률 제11624호:
// 청원군 merged with 청주시, 2014-07-01), 경상북도와 대구광역시 간 관할구역 변경에
// 관한 법률 (군위군, 2023-07-01), 전남광주통합특별시 설치를 위한 특별법 (법률 제21446호; the 5 구 of 광주광역시 and
// the 22 시·군 of 전라남도 part of 전남광주통합특별시 from 2026-07-01, names unchanged), 인천광역시 제물포구ㆍ영종구 및
// 검단구 설치 등에 관한 법률 (중구 and 동구 replaced by 제물포구 and 영종구, 검단구 split from 서구, 2026-07-01) and
// 인천광역시 서구 명칭 변경에 관한 법률 (법률 제21734호: the rest of 서구 named 서해구, 2026-07-01), with the
// ministry's change list of 2026-07-01 (행정기관 및 관할구역 변경내역; new codes 12110…12870, 28125, 28155, 28275,
// 28290). See docs/reference-data.md.
// Aliases are only island names used for the whole government (강화도, 울릉도, 거제도).
extension ReferenceTables {
    /// One municipality a line, tab-separated: province code (ISO 3166-2:KR, current), Korean name, English name
    /// (official Revised Romanization with its suffix: Jeonju-si, Gangnam-gu, Gunwi-gun), type (si, gun, gu, admin),
    /// aliases ('|'-separated, may be empty), history ('|'-separated, may be empty):
    /// `moved:KR-47:2023-07-01` = belonged to province KR-47 before that day;
    /// `renamed:남구:Nam-gu:2018-07-01` = had that Korean and English name before that day;
    /// `absorbed:청원군:Cheongwon-gun:2014-07-01` = that municipality was merged into this one on that day: its
    /// names (and their short forms) count here, with a warning on rows from that day on;
    /// `ended:2026-07-01:제물포구+영종구` = ceased on that day, its territory going to those municipalities of
    /// the same province (its rows keep their office; its names from that day on are an error naming them,
    /// unless one successor continues them);
    /// `from:2026-07-01` = exists from that day (its names before it are an error);
    /// `from:2026-07-01:서구` = exists from that day and continues the names of that municipality, which
    /// ended on that day (`인천 서구` written from then on counts here, with a warning).
    static let municipalities = #"""
    KR-11	종로구	Jongno-gu	gu
    KR-11	중구	Jung-gu	gu
    KR-11	용산구	Yongsan-gu	gu
    KR-11	성동구	Seongdong-gu	gu
    KR-11	광진구	Gwangjin-gu	gu
    KR-11	동대문구	Dongdaemun-gu	gu
    KR-11	중랑구	Jungnang-gu	gu
    KR-11	성북구	Seongbuk-gu	gu
    KR-11	강북구	Gangbuk-gu	gu
    KR-11	도봉구	Dobong-gu	gu
    KR-11	노원구	Nowon-gu	gu
    KR-11	은평구	Eunpyeong-gu	gu
    KR-11	서대문구	Seodaemun-gu	gu
    KR-11	마포구	Mapo-gu	gu
    KR-11	양천구	Yangcheon-gu	gu
    KR-11	강서구	Gangseo-gu	gu
    KR-11	구로구	Guro-gu	gu
    KR-11	금천구	Geumcheon-gu	gu
    KR-11	영등포구	Yeongdeungpo-gu	gu
    KR-11	동작구	Dongjak-gu	gu
    KR-11	관악구	Gwanak-gu	gu
    KR-11	서초구	Seocho-gu	gu
    KR-11	강남구	Gangnam-gu	gu
    KR-11	송파구	Songpa-gu	gu
    KR-11	강동구	Gangdong-gu	gu
    KR-26	중구	Jung-gu	gu
    KR-26	서구	Seo-gu	gu
    KR-26	동구	Dong-gu	gu
    KR-26	영도구	Yeongdo-gu	gu
    KR-26	부산진구	Busanjin-gu	gu
    KR-26	동래구	Dongnae-gu	gu
    KR-26	남구	Nam-gu	gu
    KR-26	북구	Buk-gu	gu
    KR-26	해운대구	Haeundae-gu	gu
    KR-26	사하구	Saha-gu	gu
    KR-26	금정구	Geumjeong-gu	gu
    KR-26	강서구	Gangseo-gu	gu
    KR-26	연제구	Yeonje-gu	gu
    KR-26	수영구	Suyeong-gu	gu
    KR-26	사상구	Sasang-gu	gu
    KR-26	기장군	Gijang-gun	gun
    KR-27	중구	Jung-gu	gu
    KR-27	동구	Dong-gu	gu
    KR-27	서구	Seo-gu	gu
    KR-27	남구	Nam-gu	gu
    KR-27	북구	Buk-gu	gu
    KR-27	수성구	Suseong-gu	gu
    KR-27	달서구	Dalseo-gu	gu
    KR-27	달성군	Dalseong-gun	gun
    KR-27	군위군	Gunwi-gun	gun		moved:KR-47:2023-07-01
    KR-28	중구	Jung-gu	gu		ended:2026-07-01:제물포구+영종구
    KR-28	동구	Dong-gu	gu		ended:2026-07-01:제물포구
    KR-28	제물포구	Jemulpo-gu	gu		from:2026-07-01:동구
    KR-28	영종구	Yeongjong-gu	gu		from:2026-07-01
    KR-28	미추홀구	Michuhol-gu	gu		renamed:남구:Nam-gu:2018-07-01
    KR-28	연수구	Yeonsu-gu	gu
    KR-28	남동구	Namdong-gu	gu
    KR-28	부평구	Bupyeong-gu	gu
    KR-28	계양구	Gyeyang-gu	gu
    KR-28	서구	Seo-gu	gu		ended:2026-07-01:서해구+검단구
    KR-28	서해구	Seohae-gu	gu		from:2026-07-01:서구
    KR-28	검단구	Geomdan-gu	gu		from:2026-07-01
    KR-28	강화군	Ganghwa-gun	gun	강화도|Ganghwado
    KR-28	옹진군	Ongjin-gun	gun
    KR-12	동구	Dong-gu	gu		moved:KR-29:2026-07-01
    KR-12	서구	Seo-gu	gu		moved:KR-29:2026-07-01
    KR-12	남구	Nam-gu	gu		moved:KR-29:2026-07-01
    KR-12	북구	Buk-gu	gu		moved:KR-29:2026-07-01
    KR-12	광산구	Gwangsan-gu	gu		moved:KR-29:2026-07-01
    KR-30	동구	Dong-gu	gu
    KR-30	중구	Jung-gu	gu
    KR-30	서구	Seo-gu	gu
    KR-30	유성구	Yuseong-gu	gu
    KR-30	대덕구	Daedeok-gu	gu
    KR-31	중구	Jung-gu	gu
    KR-31	남구	Nam-gu	gu
    KR-31	동구	Dong-gu	gu
    KR-31	북구	Buk-gu	gu
    KR-31	울주군	Ulju-gun	gun
    KR-41	수원시	Suwon-si	si
    KR-41	성남시	Seongnam-si	si
    KR-41	의정부시	Uijeongbu-si	si
    KR-41	안양시	Anyang-si	si
    KR-41	부천시	Bucheon-si	si
    KR-41	광명시	Gwangmyeong-si	si
    KR-41	평택시	Pyeongtaek-si	si
    KR-41	동두천시	Dongducheon-si	si
    KR-41	안산시	Ansan-si	si
    KR-41	고양시	Goyang-si	si
    KR-41	과천시	Gwacheon-si	si
    KR-41	구리시	Guri-si	si
    KR-41	남양주시	Namyangju-si	si
    KR-41	오산시	Osan-si	si
    KR-41	시흥시	Siheung-si	si
    KR-41	군포시	Gunpo-si	si
    KR-41	의왕시	Uiwang-si	si
    KR-41	하남시	Hanam-si	si
    KR-41	용인시	Yongin-si	si
    KR-41	파주시	Paju-si	si
    KR-41	이천시	Icheon-si	si
    KR-41	안성시	Anseong-si	si
    KR-41	김포시	Gimpo-si	si
    KR-41	화성시	Hwaseong-si	si
    KR-41	광주시	Gwangju-si	si
    KR-41	양주시	Yangju-si	si
    KR-41	포천시	Pocheon-si	si
    KR-41	여주시	Yeoju-si	si		renamed:여주군:Yeoju-gun:2013-09-23
    KR-41	연천군	Yeoncheon-gun	gun
    KR-41	가평군	Gapyeong-gun	gun
    KR-41	양평군	Yangpyeong-gun	gun
    KR-42	춘천시	Chuncheon-si	si
    KR-42	원주시	Wonju-si	si
    KR-42	강릉시	Gangneung-si	si
    KR-42	동해시	Donghae-si	si
    KR-42	태백시	Taebaek-si	si
    KR-42	속초시	Sokcho-si	si
    KR-42	삼척시	Samcheok-si	si
    KR-42	홍천군	Hongcheon-gun	gun
    KR-42	횡성군	Hoengseong-gun	gun
    KR-42	영월군	Yeongwol-gun	gun
    KR-42	평창군	Pyeongchang-gun	gun
    KR-42	정선군	Jeongseon-gun	gun
    KR-42	철원군	Cheorwon-gun	gun
    KR-42	화천군	Hwacheon-gun	gun
    KR-42	양구군	Yanggu-gun	gun
    KR-42	인제군	Inje-gun	gun
    KR-42	고성군	Goseong-gun	gun
    KR-42	양양군	Yangyang-gun	gun
    KR-43	청주시	Cheongju-si	si		absorbed:청원군:Cheongwon-gun:2014-07-01
    KR-43	충주시	Chungju-si	si
    KR-43	제천시	Jecheon-si	si
    KR-43	보은군	Boeun-gun	gun
    KR-43	옥천군	Okcheon-gun	gun
    KR-43	영동군	Yeongdong-gun	gun
    KR-43	증평군	Jeungpyeong-gun	gun
    KR-43	진천군	Jincheon-gun	gun
    KR-43	괴산군	Goesan-gun	gun
    KR-43	음성군	Eumseong-gun	gun
    KR-43	단양군	Danyang-gun	gun
    KR-44	천안시	Cheonan-si	si
    KR-44	공주시	Gongju-si	si
    KR-44	보령시	Boryeong-si	si
    KR-44	아산시	Asan-si	si
    KR-44	서산시	Seosan-si	si
    KR-44	논산시	Nonsan-si	si
    KR-44	계룡시	Gyeryong-si	si
    KR-44	당진시	Dangjin-si	si		renamed:당진군:Dangjin-gun:2012-01-01
    KR-44	금산군	Geumsan-gun	gun
    KR-44	부여군	Buyeo-gun	gun
    KR-44	서천군	Seocheon-gun	gun
    KR-44	청양군	Cheongyang-gun	gun
    KR-44	홍성군	Hongseong-gun	gun
    KR-44	예산군	Yesan-gun	gun
    KR-44	태안군	Taean-gun	gun
    KR-45	전주시	Jeonju-si	si
    KR-45	군산시	Gunsan-si	si
    KR-45	익산시	Iksan-si	si
    KR-45	정읍시	Jeongeup-si	si
    KR-45	남원시	Namwon-si	si
    KR-45	김제시	Gimje-si	si
    KR-45	완주군	Wanju-gun	gun
    KR-45	진안군	Jinan-gun	gun
    KR-45	무주군	Muju-gun	gun
    KR-45	장수군	Jangsu-gun	gun
    KR-45	임실군	Imsil-gun	gun
    KR-45	순창군	Sunchang-gun	gun
    KR-45	고창군	Gochang-gun	gun
    KR-45	부안군	Buan-gun	gun
    KR-12	목포시	Mokpo-si	si		moved:KR-46:2026-07-01
    KR-12	여수시	Yeosu-si	si		moved:KR-46:2026-07-01
    KR-12	순천시	Suncheon-si	si		moved:KR-46:2026-07-01
    KR-12	나주시	Naju-si	si		moved:KR-46:2026-07-01
    KR-12	광양시	Gwangyang-si	si		moved:KR-46:2026-07-01
    KR-12	담양군	Damyang-gun	gun		moved:KR-46:2026-07-01
    KR-12	곡성군	Gokseong-gun	gun		moved:KR-46:2026-07-01
    KR-12	구례군	Gurye-gun	gun		moved:KR-46:2026-07-01
    KR-12	고흥군	Goheung-gun	gun		moved:KR-46:2026-07-01
    KR-12	보성군	Boseong-gun	gun		moved:KR-46:2026-07-01
    KR-12	화순군	Hwasun-gun	gun		moved:KR-46:2026-07-01
    KR-12	장흥군	Jangheung-gun	gun		moved:KR-46:2026-07-01
    KR-12	강진군	Gangjin-gun	gun		moved:KR-46:2026-07-01
    KR-12	해남군	Haenam-gun	gun		moved:KR-46:2026-07-01
    KR-12	영암군	Yeongam-gun	gun		moved:KR-46:2026-07-01
    KR-12	무안군	Muan-gun	gun		moved:KR-46:2026-07-01
    KR-12	함평군	Hampyeong-gun	gun		moved:KR-46:2026-07-01
    KR-12	영광군	Yeonggwang-gun	gun		moved:KR-46:2026-07-01
    KR-12	장성군	Jangseong-gun	gun		moved:KR-46:2026-07-01
    KR-12	완도군	Wando-gun	gun		moved:KR-46:2026-07-01
    KR-12	진도군	Jindo-gun	gun		moved:KR-46:2026-07-01
    KR-12	신안군	Sinan-gun	gun		moved:KR-46:2026-07-01
    KR-47	포항시	Pohang-si	si
    KR-47	경주시	Gyeongju-si	si
    KR-47	김천시	Gimcheon-si	si
    KR-47	안동시	Andong-si	si
    KR-47	구미시	Gumi-si	si
    KR-47	영주시	Yeongju-si	si
    KR-47	영천시	Yeongcheon-si	si
    KR-47	상주시	Sangju-si	si
    KR-47	문경시	Mungyeong-si	si
    KR-47	경산시	Gyeongsan-si	si
    KR-47	의성군	Uiseong-gun	gun
    KR-47	청송군	Cheongsong-gun	gun
    KR-47	영양군	Yeongyang-gun	gun
    KR-47	영덕군	Yeongdeok-gun	gun
    KR-47	청도군	Cheongdo-gun	gun
    KR-47	고령군	Goryeong-gun	gun
    KR-47	성주군	Seongju-gun	gun
    KR-47	칠곡군	Chilgok-gun	gun
    KR-47	예천군	Yecheon-gun	gun
    KR-47	봉화군	Bonghwa-gun	gun
    KR-47	울진군	Uljin-gun	gun
    KR-47	울릉군	Ulleung-gun	gun	울릉도|Ulleungdo
    KR-48	창원시	Changwon-si	si		absorbed:마산시:Masan-si:2010-07-01|absorbed:진해시:Jinhae-si:2010-07-01
    KR-48	진주시	Jinju-si	si
    KR-48	통영시	Tongyeong-si	si
    KR-48	사천시	Sacheon-si	si
    KR-48	김해시	Gimhae-si	si
    KR-48	밀양시	Miryang-si	si
    KR-48	거제시	Geoje-si	si	거제도|Geojedo
    KR-48	양산시	Yangsan-si	si
    KR-48	의령군	Uiryeong-gun	gun
    KR-48	함안군	Haman-gun	gun
    KR-48	창녕군	Changnyeong-gun	gun
    KR-48	고성군	Goseong-gun	gun
    KR-48	남해군	Namhae-gun	gun
    KR-48	하동군	Hadong-gun	gun
    KR-48	산청군	Sancheong-gun	gun
    KR-48	함양군	Hamyang-gun	gun
    KR-48	거창군	Geochang-gun	gun
    KR-48	합천군	Hapcheon-gun	gun
    KR-49	제주시	Jeju-si	admin
    KR-49	서귀포시	Seogwipo-si	admin
    """#
}
