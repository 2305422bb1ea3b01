import Foundation
import RapatCore
import RapatText

extension BeritaAcaraModel {
    /// What the berita acara can be written with but a Dinas officer would question, each a sentence with what to
    /// do (`rapat docs` prints them as PERINGATAN). Unlike `missingFields`, none of these refuses the document.
    /// Messages to the secretary, not text of the document: in the UI language (the catalogue's `documents.warning`).
    public static func warnings(_ state: MeetingState) -> [String] {
        guard let profile = state.documentProfile else { return [] }
        var out: [String] = []
        if profile.details.ratNumberAssumed {
            out.append(tr("documents.warning.ratNumber", ["number": profile.ratNumber]))
        }
        // A pimpinan or a witness who is pengurus or pengawas judges their own report (Jateng Dinas: three member
        // representatives who are not pengurus or pengawas sign).
        var signers: [(role: String?, entry: String)] = []  // nil: a witness
        if let p = state.presidium {
            // A chair named by the AD (usually the Ketua Pengurus) is the AD's choice, not a mistake.
            if p.selection != .perArticlesOfAssociation { signers.append((tr("documents.warning.role.chair"), p.chair)) }
            signers.append((tr("documents.warning.role.secretary"), p.secretary))
            signers += p.members.map { (tr("documents.warning.role.member"), $0) }
        }
        signers += profile.details.witnesses.map { (nil, $0) }
        for (role, entry) in signers where !entry.isEmpty {
            let (name, member) = resolve(entry, in: state)
            if let office = member?.office {
                out.append(role.map { tr("documents.warning.officerPresiding", ["role": $0, "name": name, "office": office.label]) }
                    ?? tr("documents.warning.officerWitness", ["name": name, "office": office.label]))
            }
            if role == nil, let member, let position = state.roster.position(of: member.number),
               state.attendance.record(at: position) == nil {
                out.append(tr("documents.warning.witnessAbsent", ["name": name]))
            }
        }
        let named = profile.details.witnesses.count
        if named < profile.details.memberWitnesses {
            out.append(tr("documents.warning.witnessesNamed", ["named": named, "wanted": profile.details.memberWitnesses]))
        }
        if profile.details.attendanceMode != .inPerson {
            out.append(tr("documents.warning.attendanceMode", ["mode": profile.details.attendanceMode.rawValue]))
        }
        return out
    }
}
