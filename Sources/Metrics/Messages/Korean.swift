/// Korean particles that follow a word, chosen by how the word ends (with or without a final
/// consonant, 받침): `전라북도는`, `전주시는`, `서울로`, `부산으로`. After a word that does not end
/// in Hangul (a code, a number), both forms are written: `KR-13은(는)`, `US(으)로`.
public enum Particle: Sendable {
    /// 은/는
    case topic
    /// 이/가
    case subject
    /// 을/를
    case object
    /// 과/와
    case and
    /// 으로/로
    case by

    /// `word` followed by the particle.
    public func after(_ word: String) -> String {
        let (consonant, vowel, both): (String, String, String) = switch self {
        case .topic: ("은", "는", "은(는)")
        case .subject: ("이", "가", "이(가)")
        case .object: ("을", "를", "을(를)")
        case .and: ("과", "와", "과(와)")
        case .by: ("으로", "로", "(으)로")
        }
        guard let last = word.unicodeScalars.last, (0xAC00...0xD7A3).contains(last.value) else { return word + both }
        let final = (last.value - 0xAC00) % 28
        if final == 0 || (self == .by && final == 8) { return word + vowel }   // ㄹ takes 로
        return word + consonant
    }
}
