// UN M49 sub-regions (UN Statistics Division, 'Standard country or area codes for statistical use'), with Korean names as used by Korean government statistics and press. Antarctica has no M49 sub-region; it stands alone.
// Order: the 17 sub-regions by M49 code, then Antarctica.
extension ReferenceTables {
    /// One region a line: English key, M49 numeric code (3 digits; 010 for Antarctica), Korean name, tab-separated.
    static let regions = #"""
    Northern Africa	015	북아프리카
    Northern America	021	북아메리카
    Eastern Asia	030	동아시아
    Southern Asia	034	남아시아
    South-eastern Asia	035	동남아시아
    Southern Europe	039	남유럽
    Australia and New Zealand	053	오스트레일리아·뉴질랜드
    Melanesia	054	멜라네시아
    Micronesia	057	미크로네시아
    Polynesia	061	폴리네시아
    Central Asia	143	중앙아시아
    Western Asia	145	서아시아
    Eastern Europe	151	동유럽
    Northern Europe	154	북유럽
    Western Europe	155	서유럽
    Sub-Saharan Africa	202	사하라 이남 아프리카
    Latin America and the Caribbean	419	라틴아메리카·카리브
    Antarctica	010	남극
    """#
}
