// Countries: ISO 3166-1 alpha-2 and alpha-3 codes with English short names, Korean names, UN M49 sub-regions and usual aliases.
// Sources: alpha-2, alpha-3 and the ISO short and official names from pycountry 26.2.16 (its bundled Debian iso-codes
// ISO 3166-1 data, 249 entries); English names are the common short forms (ISO short names kept among the aliases where
// they differ). Korean names start from iso-codes' Korean translation (ko, as shipped in pycountry 26.2.16, PO revision
// 2023-09-10), reviewed one by one against the names used by the Korean Ministry of Foreign Affairs and the press
// (e.g. 미국, 호주, 러시아, 라오스, 콩고민주공화국; spacing after the National Institute of Korean Language's rule that
// 섬/제도 join a foreign place name); the iso-codes forms are kept as aliases where they differ. Aliases: the ISO short
// and official names plus common English and Korean alternatives (former names, abbreviations, older spellings).
// Sub-regions: UN Statistics Division M49 'Standard country or area codes for statistical use', via
// country_converter 1.3.2 'UNregion' (whose intermediate regions Caribbean, Central America and South America are
// folded into 'Latin America and the Caribbean', and Eastern, Middle, Southern and Western Africa into
// 'Sub-Saharan Africa'), checked against the M49 table as published by UNSD (copy of 2024-06-19); United Kingdom and
// Greece, missing from country_converter's ISO2 column, and Nauru, which it puts in Polynesia, follow M49 (Northern
// Europe, Southern Europe, Micronesia). Taiwan (TW), absent from M49, is counted as Eastern Asia; Antarctica (AQ) has
// no M49 sub-region and is given the key 'Antarctica'. Kosovo, which Korea recognises (2008-03-28) but which has no
// ISO 3166-1 or M49 entry, is XK / XKX, the user-assigned codes the European Commission, the IMF and CLDR use, and is
// counted in Southern Europe, the M49 sub-region of Serbia and of all its neighbours. Aliases also hold the forms the
// Korean government and press write (튀르키예공화국, adopted 2022; 키르기즈공화국 and 키르기즈 in presidential and
// foreign-ministry texts); CLDR's Korean and English names come from CountryNamesCLDR.swift.
extension ReferenceTables {
    /// One country a line: alpha-2, alpha-3, English name, Korean name, UN M49 sub-region key, aliases ('|'-separated), tab-separated.
    static let countries = #"""
    AD	AND	Andorra	안도라	Southern Europe	Principality of Andorra
    AE	ARE	United Arab Emirates	아랍에미리트	Western Asia	UAE|아랍 에미리트|아랍에미리트연합|아랍에미리트 연합국
    AF	AFG	Afghanistan	아프가니스탄	Southern Asia	Islamic Republic of Afghanistan
    AG	ATG	Antigua and Barbuda	앤티가바부다	Latin America and the Caribbean	앤티가 바부다
    AI	AIA	Anguilla	앵귈라	Latin America and the Caribbean
    AL	ALB	Albania	알바니아	Southern Europe	Republic of Albania
    AM	ARM	Armenia	아르메니아	Western Asia	Republic of Armenia
    AO	AGO	Angola	앙골라	Sub-Saharan Africa	Republic of Angola
    AQ	ATA	Antarctica	남극	Antarctica	남극대륙
    AR	ARG	Argentina	아르헨티나	Latin America and the Caribbean	Argentine Republic
    AS	ASM	American Samoa	아메리칸사모아	Polynesia	미국령 사모아
    AT	AUT	Austria	오스트리아	Western Europe	Republic of Austria
    AU	AUS	Australia	호주	Australia and New Zealand	Commonwealth of Australia|오스트레일리아
    AW	ABW	Aruba	아루바	Latin America and the Caribbean
    AX	ALA	Åland Islands	올란드제도	Northern Europe	Aland Islands|Åland|올란드 제도
    AZ	AZE	Azerbaijan	아제르바이잔	Western Asia	Republic of Azerbaijan
    BA	BIH	Bosnia and Herzegovina	보스니아헤르체고비나	Southern Europe	Republic of Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina|보스니아|보스니아 헤르체고비나
    BB	BRB	Barbados	바베이도스	Latin America and the Caribbean
    BD	BGD	Bangladesh	방글라데시	Southern Asia	People's Republic of Bangladesh
    BE	BEL	Belgium	벨기에	Western Europe	Kingdom of Belgium
    BF	BFA	Burkina Faso	부르키나파소	Sub-Saharan Africa
    BG	BGR	Bulgaria	불가리아	Eastern Europe	Republic of Bulgaria
    BH	BHR	Bahrain	바레인	Western Asia	Kingdom of Bahrain
    BI	BDI	Burundi	부룬디	Sub-Saharan Africa	Republic of Burundi
    BJ	BEN	Benin	베냉	Sub-Saharan Africa	Republic of Benin
    BL	BLM	Saint Barthélemy	생바르텔레미	Latin America and the Caribbean	Saint Barthelemy|St. Barthélemy|St. Barths|Saint-Barthélemy
    BM	BMU	Bermuda	버뮤다	Northern America
    BN	BRN	Brunei	브루나이	South-eastern Asia	Brunei Darussalam|브루나이 다루살람
    BO	BOL	Bolivia	볼리비아	Latin America and the Caribbean	Bolivia, Plurinational State of|Plurinational State of Bolivia|볼리비아 다민족국|볼리비아 다국가 연합국
    BQ	BES	Caribbean Netherlands	보네르·신트외스타티위스·사바	Latin America and the Caribbean	Bonaire, Sint Eustatius and Saba|Bonaire, Saint Eustatius and Saba|BES Islands|카리브 네덜란드|보네르, 신트외스타티위스, 사바 섬
    BR	BRA	Brazil	브라질	Latin America and the Caribbean	Federative Republic of Brazil
    BS	BHS	Bahamas	바하마	Latin America and the Caribbean	Commonwealth of the Bahamas|The Bahamas
    BT	BTN	Bhutan	부탄	Southern Asia	Kingdom of Bhutan
    BV	BVT	Bouvet Island	부베섬	Latin America and the Caribbean	부베 섬
    BW	BWA	Botswana	보츠와나	Sub-Saharan Africa	Republic of Botswana
    BY	BLR	Belarus	벨라루스	Eastern Europe	Republic of Belarus|Belorussia|Byelorussia|벨로루시
    BZ	BLZ	Belize	벨리즈	Latin America and the Caribbean
    CA	CAN	Canada	캐나다	Northern America
    CC	CCK	Cocos (Keeling) Islands	코코스제도	Australia and New Zealand	Cocos Islands|Keeling Islands|코코스 제도
    CD	COD	Democratic Republic of the Congo	콩고민주공화국	Sub-Saharan Africa	Congo, The Democratic Republic of the|DR Congo|DRC|Congo-Kinshasa|Congo, Democratic Republic of the|Congo, Dem. Rep.|Zaire|민주콩고|자이르|콩고 민주 공화국
    CF	CAF	Central African Republic	중앙아프리카공화국	Sub-Saharan Africa	CAR|중앙아공|중앙아프리카 공화국
    CG	COG	Republic of the Congo	콩고공화국	Sub-Saharan Africa	Congo|Congo-Brazzaville|Congo Republic|Congo, Rep.|콩고|콩고 공화국
    CH	CHE	Switzerland	스위스	Western Europe	Swiss Confederation|스위스 연방
    CI	CIV	Côte d'Ivoire	코트디부아르	Sub-Saharan Africa	Republic of Côte d'Ivoire|Ivory Coast|Cote d'Ivoire|아이보리코스트
    CK	COK	Cook Islands	쿡제도	Polynesia	쿡 제도
    CL	CHL	Chile	칠레	Latin America and the Caribbean	Republic of Chile
    CM	CMR	Cameroon	카메룬	Sub-Saharan Africa	Republic of Cameroon
    CN	CHN	China	중국	Eastern Asia	People's Republic of China|PRC|Mainland China|중화인민공화국|중국 본토
    CO	COL	Colombia	콜롬비아	Latin America and the Caribbean	Republic of Colombia
    CR	CRI	Costa Rica	코스타리카	Latin America and the Caribbean	Republic of Costa Rica
    CU	CUB	Cuba	쿠바	Latin America and the Caribbean	Republic of Cuba
    CV	CPV	Cabo Verde	카보베르데	Sub-Saharan Africa	Republic of Cabo Verde|Cape Verde|케이프베르데
    CW	CUW	Curaçao	퀴라소	Latin America and the Caribbean	Curacao
    CX	CXR	Christmas Island	크리스마스섬	Australia and New Zealand	크리스마스 섬
    CY	CYP	Cyprus	키프로스	Western Asia	Republic of Cyprus|사이프러스
    CZ	CZE	Czechia	체코	Eastern Europe	Czech Republic|체코공화국
    DE	DEU	Germany	독일	Western Europe	Federal Republic of Germany|Deutschland|독일연방공화국
    DJ	DJI	Djibouti	지부티	Sub-Saharan Africa	Republic of Djibouti
    DK	DNK	Denmark	덴마크	Northern Europe	Kingdom of Denmark
    DM	DMA	Dominica	도미니카연방	Latin America and the Caribbean	Commonwealth of Dominica|도미니카 연방
    DO	DOM	Dominican Republic	도미니카공화국	Latin America and the Caribbean	도미니카 공화국
    DZ	DZA	Algeria	알제리	Northern Africa	People's Democratic Republic of Algeria
    EC	ECU	Ecuador	에콰도르	Latin America and the Caribbean	Republic of Ecuador
    EE	EST	Estonia	에스토니아	Northern Europe	Republic of Estonia
    EG	EGY	Egypt	이집트	Northern Africa	Arab Republic of Egypt
    EH	ESH	Western Sahara	서사하라	Northern Africa
    ER	ERI	Eritrea	에리트레아	Sub-Saharan Africa	State of Eritrea
    ES	ESP	Spain	스페인	Southern Europe	Kingdom of Spain|España|에스파냐
    ET	ETH	Ethiopia	에티오피아	Sub-Saharan Africa	Federal Democratic Republic of Ethiopia
    FI	FIN	Finland	핀란드	Northern Europe	Republic of Finland
    FJ	FJI	Fiji	피지	Melanesia	Republic of Fiji
    FK	FLK	Falkland Islands	포클랜드제도	Latin America and the Caribbean	Falkland Islands (Malvinas)|Malvinas|Islas Malvinas|말비나스 제도|포클랜드 제도 (말비나스)
    FM	FSM	Federated States of Micronesia	미크로네시아 연방	Micronesia	Micronesia, Federated States of|Micronesia|미크로네시아|미크로네시아연방
    FO	FRO	Faroe Islands	페로제도	Northern Europe	Faroes|Faeroe Islands|페로 제도
    FR	FRA	France	프랑스	Western Europe	French Republic
    GA	GAB	Gabon	가봉	Sub-Saharan Africa	Gabonese Republic
    GB	GBR	United Kingdom	영국	Northern Europe	United Kingdom of Great Britain and Northern Ireland|UK|U.K.|Britain|Great Britain|England|그레이트브리튼|연합왕국|그레이트브리튼 북아일랜드 연합왕국
    GD	GRD	Grenada	그레나다	Latin America and the Caribbean
    GE	GEO	Georgia	조지아	Western Asia	그루지야
    GF	GUF	French Guiana	프랑스령 기아나	Latin America and the Caribbean
    GG	GGY	Guernsey	건지섬	Northern Europe	건지 섬
    GH	GHA	Ghana	가나	Sub-Saharan Africa	Republic of Ghana
    GI	GIB	Gibraltar	지브롤터	Southern Europe
    GL	GRL	Greenland	그린란드	Northern America
    GM	GMB	Gambia	감비아	Sub-Saharan Africa	Republic of the Gambia|The Gambia
    GN	GIN	Guinea	기니	Sub-Saharan Africa	Republic of Guinea
    GP	GLP	Guadeloupe	과들루프	Latin America and the Caribbean
    GQ	GNQ	Equatorial Guinea	적도기니	Sub-Saharan Africa	Republic of Equatorial Guinea|적도 기니
    GR	GRC	Greece	그리스	Southern Europe	Hellenic Republic|Hellas|EL
    GS	SGS	South Georgia and the South Sandwich Islands	사우스조지아 사우스샌드위치제도	Latin America and the Caribbean	사우스조지아 사우스샌드위치 제도
    GT	GTM	Guatemala	과테말라	Latin America and the Caribbean	Republic of Guatemala
    GU	GUM	Guam	괌	Micronesia
    GW	GNB	Guinea-Bissau	기니비사우	Sub-Saharan Africa	Republic of Guinea-Bissau
    GY	GUY	Guyana	가이아나	Latin America and the Caribbean	Republic of Guyana
    HK	HKG	Hong Kong	홍콩	Eastern Asia	Hong Kong Special Administrative Region of China|Hong Kong SAR|Hong Kong, China|홍콩 특별행정구
    HM	HMD	Heard Island and McDonald Islands	허드 맥도널드제도	Australia and New Zealand	Heard and McDonald Islands|허드 맥도널드 제도
    HN	HND	Honduras	온두라스	Latin America and the Caribbean	Republic of Honduras
    HR	HRV	Croatia	크로아티아	Southern Europe	Republic of Croatia
    HT	HTI	Haiti	아이티	Latin America and the Caribbean	Republic of Haiti
    HU	HUN	Hungary	헝가리	Eastern Europe
    ID	IDN	Indonesia	인도네시아	South-eastern Asia	Republic of Indonesia
    IE	IRL	Ireland	아일랜드	Northern Europe	Republic of Ireland|Éire|Eire
    IL	ISR	Israel	이스라엘	Western Asia	State of Israel
    IM	IMN	Isle of Man	맨섬	Northern Europe	맨 섬
    IN	IND	India	인도	Southern Asia	Republic of India|Bharat
    IO	IOT	British Indian Ocean Territory	영국령 인도양 지역	Sub-Saharan Africa	BIOT|Chagos Islands|차고스 제도
    IQ	IRQ	Iraq	이라크	Western Asia	Republic of Iraq
    IR	IRN	Iran	이란	Southern Asia	Iran, Islamic Republic of|Islamic Republic of Iran|Persia|페르시아|이란 이슬람 공화국
    IS	ISL	Iceland	아이슬란드	Northern Europe	Republic of Iceland
    IT	ITA	Italy	이탈리아	Southern Europe	Italian Republic
    JE	JEY	Jersey	저지섬	Northern Europe	저지 섬
    JM	JAM	Jamaica	자메이카	Latin America and the Caribbean
    JO	JOR	Jordan	요르단	Western Asia	Hashemite Kingdom of Jordan
    JP	JPN	Japan	일본	Eastern Asia
    KE	KEN	Kenya	케냐	Sub-Saharan Africa	Republic of Kenya
    KG	KGZ	Kyrgyzstan	키르기스스탄	Central Asia	Kyrgyz Republic|Kirghizia|키르기스|키르기즈스탄|키르기스 공화국|키르기즈공화국|키르기즈 공화국|키르기즈|키르기스공화국
    KH	KHM	Cambodia	캄보디아	South-eastern Asia	Kingdom of Cambodia|Kampuchea|캄푸치아
    KI	KIR	Kiribati	키리바시	Micronesia	Republic of Kiribati
    KM	COM	Comoros	코모로	Sub-Saharan Africa	Union of the Comoros
    KN	KNA	Saint Kitts and Nevis	세인트키츠네비스	Latin America and the Caribbean	Saint Christopher and Nevis|St. Kitts and Nevis|세인트키츠 네비스
    KP	PRK	North Korea	북한	Eastern Asia	Korea, Democratic People's Republic of|Democratic People's Republic of Korea|DPRK|Korea, Dem. People's Rep.|북조선|조선민주주의인민공화국
    KR	KOR	South Korea	대한민국	Eastern Asia	Korea, Republic of|Republic of Korea|ROK|Korea|Korea, Rep.|Korea (South)|한국|남한
    KW	KWT	Kuwait	쿠웨이트	Western Asia	State of Kuwait
    KY	CYM	Cayman Islands	케이맨제도	Latin America and the Caribbean	케이맨 제도
    KZ	KAZ	Kazakhstan	카자흐스탄	Central Asia	Republic of Kazakhstan|Kazakstan|카자흐
    LA	LAO	Laos	라오스	South-eastern Asia	Lao People's Democratic Republic|Lao PDR|라오인민민주공화국|라오 인민 민주주의 공화국
    LB	LBN	Lebanon	레바논	Western Asia	Lebanese Republic
    LC	LCA	Saint Lucia	세인트루시아	Latin America and the Caribbean	St. Lucia
    LI	LIE	Liechtenstein	리히텐슈타인	Western Europe	Principality of Liechtenstein
    LK	LKA	Sri Lanka	스리랑카	Southern Asia	Democratic Socialist Republic of Sri Lanka|Ceylon|실론
    LR	LBR	Liberia	라이베리아	Sub-Saharan Africa	Republic of Liberia
    LS	LSO	Lesotho	레소토	Sub-Saharan Africa	Kingdom of Lesotho
    LT	LTU	Lithuania	리투아니아	Northern Europe	Republic of Lithuania
    LU	LUX	Luxembourg	룩셈부르크	Western Europe	Grand Duchy of Luxembourg
    LV	LVA	Latvia	라트비아	Northern Europe	Republic of Latvia
    LY	LBY	Libya	리비아	Northern Africa
    MA	MAR	Morocco	모로코	Northern Africa	Kingdom of Morocco
    MC	MCO	Monaco	모나코	Western Europe	Principality of Monaco
    MD	MDA	Moldova	몰도바	Eastern Europe	Moldova, Republic of|Republic of Moldova|몰도바 공화국
    ME	MNE	Montenegro	몬테네그로	Southern Europe
    MF	MAF	Saint Martin	생마르탱	Latin America and the Caribbean	Saint Martin (French part)|Saint-Martin|St. Martin|생마르탱 (프랑스령)
    MG	MDG	Madagascar	마다가스카르	Sub-Saharan Africa	Republic of Madagascar
    MH	MHL	Marshall Islands	마셜제도	Micronesia	Republic of the Marshall Islands|마셜 제도
    MK	MKD	North Macedonia	북마케도니아	Southern Europe	Republic of North Macedonia|Macedonia|FYROM|Former Yugoslav Republic of Macedonia|마케도니아|북마케도니아 공화국
    ML	MLI	Mali	말리	Sub-Saharan Africa	Republic of Mali
    MM	MMR	Myanmar	미얀마	South-eastern Asia	Republic of Myanmar|Burma|Republic of the Union of Myanmar|버마
    MN	MNG	Mongolia	몽골	Eastern Asia	몽고
    MO	MAC	Macao	마카오	Eastern Asia	Macao Special Administrative Region of China|Macau|Macao SAR|Macao, China|마카오 특별행정구
    MP	MNP	Northern Mariana Islands	북마리아나제도	Micronesia	Commonwealth of the Northern Mariana Islands|북마리아나 제도
    MQ	MTQ	Martinique	마르티니크	Latin America and the Caribbean
    MR	MRT	Mauritania	모리타니	Sub-Saharan Africa	Islamic Republic of Mauritania
    MS	MSR	Montserrat	몬트세랫	Latin America and the Caribbean
    MT	MLT	Malta	몰타	Southern Europe	Republic of Malta
    MU	MUS	Mauritius	모리셔스	Sub-Saharan Africa	Republic of Mauritius
    MV	MDV	Maldives	몰디브	Southern Asia	Republic of Maldives
    MW	MWI	Malawi	말라위	Sub-Saharan Africa	Republic of Malawi
    MX	MEX	Mexico	멕시코	Latin America and the Caribbean	United Mexican States
    MY	MYS	Malaysia	말레이시아	South-eastern Asia
    MZ	MOZ	Mozambique	모잠비크	Sub-Saharan Africa	Republic of Mozambique
    NA	NAM	Namibia	나미비아	Sub-Saharan Africa	Republic of Namibia
    NC	NCL	New Caledonia	뉴칼레도니아	Melanesia	누벨칼레도니
    NE	NER	Niger	니제르	Sub-Saharan Africa	Republic of the Niger
    NF	NFK	Norfolk Island	노퍽섬	Australia and New Zealand	노퍽 섬
    NG	NGA	Nigeria	나이지리아	Sub-Saharan Africa	Federal Republic of Nigeria
    NI	NIC	Nicaragua	니카라과	Latin America and the Caribbean	Republic of Nicaragua
    NL	NLD	Netherlands	네덜란드	Western Europe	Kingdom of the Netherlands|Holland|The Netherlands|Netherlands, Kingdom of the|Netherlands (Kingdom of the)|홀란드|화란
    NO	NOR	Norway	노르웨이	Northern Europe	Kingdom of Norway
    NP	NPL	Nepal	네팔	Southern Asia	Federal Democratic Republic of Nepal
    NR	NRU	Nauru	나우루	Micronesia	Republic of Nauru
    NU	NIU	Niue	니우에	Polynesia
    NZ	NZL	New Zealand	뉴질랜드	Australia and New Zealand	Aotearoa
    OM	OMN	Oman	오만	Western Asia	Sultanate of Oman
    PA	PAN	Panama	파나마	Latin America and the Caribbean	Republic of Panama
    PE	PER	Peru	페루	Latin America and the Caribbean	Republic of Peru
    PF	PYF	French Polynesia	프랑스령 폴리네시아	Polynesia
    PG	PNG	Papua New Guinea	파푸아뉴기니	Melanesia	Independent State of Papua New Guinea
    PH	PHL	Philippines	필리핀	South-eastern Asia	Republic of the Philippines
    PK	PAK	Pakistan	파키스탄	Southern Asia	Islamic Republic of Pakistan
    PL	POL	Poland	폴란드	Eastern Europe	Republic of Poland
    PM	SPM	Saint Pierre and Miquelon	생피에르 미클롱	Northern America	St. Pierre and Miquelon
    PN	PCN	Pitcairn Islands	핏케언제도	Polynesia	Pitcairn|핏케언 제도
    PR	PRI	Puerto Rico	푸에르토리코	Latin America and the Caribbean
    PS	PSE	Palestine	팔레스타인	Western Asia	Palestine, State of|State of Palestine|Palestinian Territories|Occupied Palestinian Territory|West Bank and Gaza|팔레스타인 자치구
    PT	PRT	Portugal	포르투갈	Southern Europe	Portuguese Republic
    PW	PLW	Palau	팔라우	Micronesia	Republic of Palau
    PY	PRY	Paraguay	파라과이	Latin America and the Caribbean	Republic of Paraguay
    QA	QAT	Qatar	카타르	Western Asia	State of Qatar
    RE	REU	Réunion	레위니옹	Sub-Saharan Africa	Reunion
    RO	ROU	Romania	루마니아	Eastern Europe
    RS	SRB	Serbia	세르비아	Southern Europe	Republic of Serbia
    RU	RUS	Russia	러시아	Eastern Europe	Russian Federation|러시아 연방
    RW	RWA	Rwanda	르완다	Sub-Saharan Africa	Rwandese Republic
    SA	SAU	Saudi Arabia	사우디아라비아	Western Asia	Kingdom of Saudi Arabia|KSA|Saudi|사우디
    SB	SLB	Solomon Islands	솔로몬제도	Melanesia	솔로몬 제도
    SC	SYC	Seychelles	세이셸	Sub-Saharan Africa	Republic of Seychelles
    SD	SDN	Sudan	수단	Northern Africa	Republic of the Sudan
    SE	SWE	Sweden	스웨덴	Northern Europe	Kingdom of Sweden
    SG	SGP	Singapore	싱가포르	South-eastern Asia	Republic of Singapore|싱가폴
    SH	SHN	Saint Helena, Ascension and Tristan da Cunha	세인트헬레나	Sub-Saharan Africa	Saint Helena|St. Helena|세인트헬레나 어센션 트리스탄다쿠냐
    SI	SVN	Slovenia	슬로베니아	Southern Europe	Republic of Slovenia
    SJ	SJM	Svalbard and Jan Mayen	스발바르 얀마옌	Northern Europe	스발바르 얀마옌 제도
    SK	SVK	Slovakia	슬로바키아	Eastern Europe	Slovak Republic
    SL	SLE	Sierra Leone	시에라리온	Sub-Saharan Africa	Republic of Sierra Leone
    SM	SMR	San Marino	산마리노	Southern Europe	Republic of San Marino
    SN	SEN	Senegal	세네갈	Sub-Saharan Africa	Republic of Senegal
    SO	SOM	Somalia	소말리아	Sub-Saharan Africa	Federal Republic of Somalia
    SR	SUR	Suriname	수리남	Latin America and the Caribbean	Republic of Suriname
    SS	SSD	South Sudan	남수단	Sub-Saharan Africa	Republic of South Sudan
    ST	STP	Sao Tome and Principe	상투메프린시페	Sub-Saharan Africa	Democratic Republic of Sao Tome and Principe|São Tomé and Príncipe|상투메 프린시페
    SV	SLV	El Salvador	엘살바도르	Latin America and the Caribbean	Republic of El Salvador
    SX	SXM	Sint Maarten	신트마르턴	Latin America and the Caribbean	Sint Maarten (Dutch part)|신트마르턴 (네덜란드령)
    SY	SYR	Syria	시리아	Western Asia	Syrian Arab Republic|시리아 아랍 공화국
    SZ	SWZ	Eswatini	에스와티니	Sub-Saharan Africa	Kingdom of Eswatini|Swaziland|스와질란드|스와질랜드
    TC	TCA	Turks and Caicos Islands	터크스케이커스제도	Latin America and the Caribbean	터크스 케이커스 제도
    TD	TCD	Chad	차드	Sub-Saharan Africa	Republic of Chad
    TF	ATF	French Southern Territories	프랑스령 남방 및 남극 지역	Sub-Saharan Africa	TAAF|프랑스령 남 자치구역
    TG	TGO	Togo	토고	Sub-Saharan Africa	Togolese Republic
    TH	THA	Thailand	태국	South-eastern Asia	Kingdom of Thailand|Siam|타이
    TJ	TJK	Tajikistan	타지키스탄	Central Asia	Republic of Tajikistan
    TK	TKL	Tokelau	토켈라우	Polynesia
    TL	TLS	Timor-Leste	동티모르	South-eastern Asia	Democratic Republic of Timor-Leste|East Timor|티모르레스테
    TM	TKM	Turkmenistan	투르크메니스탄	Central Asia
    TN	TUN	Tunisia	튀니지	Northern Africa	Republic of Tunisia
    TO	TON	Tonga	통가	Polynesia	Kingdom of Tonga
    TR	TUR	Türkiye	튀르키예	Western Asia	Republic of Türkiye|Turkey|Turkiye|터키|튀르키예공화국|튀르키예 공화국
    TT	TTO	Trinidad and Tobago	트리니다드토바고	Latin America and the Caribbean	Republic of Trinidad and Tobago|트리니다드 토바고
    TV	TUV	Tuvalu	투발루	Polynesia
    TW	TWN	Taiwan	대만	Eastern Asia	Taiwan, Province of China|Chinese Taipei|Republic of China|ROC|Separate Customs Territory of Taiwan, Penghu, Kinmen and Matsu|타이완|중화민국
    TZ	TZA	Tanzania	탄자니아	Sub-Saharan Africa	Tanzania, United Republic of|United Republic of Tanzania|탄자니아 연방 공화국
    UA	UKR	Ukraine	우크라이나	Eastern Europe
    UG	UGA	Uganda	우간다	Sub-Saharan Africa	Republic of Uganda
    UM	UMI	United States Minor Outlying Islands	미국령 군소 제도	Micronesia	U.S. Minor Outlying Islands
    US	USA	United States	미국	Northern America	United States of America|America|U.S.|U.S.A.|미합중국
    UY	URY	Uruguay	우루과이	Latin America and the Caribbean	Eastern Republic of Uruguay
    UZ	UZB	Uzbekistan	우즈베키스탄	Central Asia	Republic of Uzbekistan|우즈벡
    VA	VAT	Vatican City	바티칸	Southern Europe	Holy See (Vatican City State)|Holy See|Vatican|Vatican City State|교황청|바티칸 시국|바티칸 시티
    VC	VCT	Saint Vincent and the Grenadines	세인트빈센트그레나딘	Latin America and the Caribbean	St. Vincent and the Grenadines|세인트빈센트 그레나딘
    VE	VEN	Venezuela	베네수엘라	Latin America and the Caribbean	Venezuela, Bolivarian Republic of|Bolivarian Republic of Venezuela|베네수엘라 볼리바르 공화국
    VG	VGB	British Virgin Islands	영국령 버진아일랜드	Latin America and the Caribbean	Virgin Islands, British|BVI|영국령 버진 제도|버진 제도, 영국령
    VI	VIR	U.S. Virgin Islands	미국령 버진아일랜드	Latin America and the Caribbean	Virgin Islands, U.S.|Virgin Islands of the United States|United States Virgin Islands|USVI|미국령 버진 제도|버진 제도, 미국령
    VN	VNM	Vietnam	베트남	South-eastern Asia	Viet Nam|Socialist Republic of Viet Nam|월남|베트남 사회주의 공화국
    VU	VUT	Vanuatu	바누아투	Melanesia	Republic of Vanuatu
    WF	WLF	Wallis and Futuna	왈리스 퓌튀나	Polynesia	Wallis and Futuna Islands|월리스 푸투나
    WS	WSM	Samoa	사모아	Polynesia	Independent State of Samoa|Western Samoa|서사모아
    XK	XKX	Kosovo	코소보	Southern Europe	Republic of Kosovo|Kosova|코소보 공화국|코소보공화국
    YE	YEM	Yemen	예멘	Western Asia	Republic of Yemen
    YT	MYT	Mayotte	마요트	Sub-Saharan Africa
    ZA	ZAF	South Africa	남아프리카공화국	Sub-Saharan Africa	Republic of South Africa|RSA|남아공|남아프리카 공화국
    ZM	ZMB	Zambia	잠비아	Sub-Saharan Africa	Republic of Zambia
    ZW	ZWE	Zimbabwe	짐바브웨	Sub-Saharan Africa	Republic of Zimbabwe
    """#
}
