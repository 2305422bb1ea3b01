import Foundation

/// A sitting pengurus standing for pengawas, or the reverse (config `sitting_officer_candidacy`, DOMAIN E-3: no
/// one is pengurus and pengawas at once). Whether the nomination is refused, or recorded with a warning because
/// the seat held ends at this RAT or will be given up, is the AD's call.
public enum SittingOfficerPolicy: String, Sendable, CaseIterable, Hashable, Codable {
    /// Refused (default): E-3 says the two offices are never held together.
    case refuse
    /// Recorded; the desk warns and the notulen notes that the office held must be given up if elected.
    case warn
}

extension MeetingState {
    /// The office `member` holds in the other body than the election's, if any.
    func conflictingOffice(_ member: Member, standingFor body: OfficeBody) -> Office? {
        guard let office = member.office, office.body != body else { return nil }
        return office
    }

    /// The notulen's and the desk's note for a sitting officer standing for the other body, nil for anyone else.
    public func sittingOfficerNote(election number: Int, member: MemberNumber) -> String? {
        guard elections.indices.contains(number - 1), let person = roster.member(member),
              let office = conflictingOffice(person, standingFor: elections[number - 1].body) else { return nil }
        return "\(person.name) sedang menjabat \(office.label); pengurus dan pengawas tidak boleh dirangkap, jadi bila "
            + "terpilih sebagai \(elections[number - 1].body.rawValue) jabatan itu dilepas"
    }
}
