import Foundation

/// Why the core refused a command, with what the secretary can do about it.
///
/// Messages are Bahasa Indonesia because they are shown to the desk as they are.
public enum RapatError: Error, Equatable, Sendable {
    case emptyRoster
    case duplicateMemberNumber(MemberNumber)
    case rosterFrozen(openedAt: Date, zone: IndonesianTimeZone)
    case registrationNotOpen
    case registrationAlreadyOpen(since: Date, zone: IndonesianTimeZone)
    case notAMember(MemberNumber)
    case alreadyPresent(Member, since: Date, zone: IndonesianTimeZone)
    case notPresent(Member)
    case neverCheckedIn(Member)
    case notAway(Member)
    case timeBeforeLastEvent(MemberNumber?, at: Date, last: Date, zone: IndonesianTimeZone)
    /// Later than the clock `now` by more than `MeetingState.futureTolerance`.
    case timeInFuture(at: Date, now: Date, zone: IndonesianTimeZone)
    case meetingAlreadyOpened(since: Date, zone: IndonesianTimeZone)
    case missingField(String)
    case meetingAlreadyCreated
    case meetingNotOpened
    case lastAgendaItem(String)
    case quorumNotDeclaredMet(QuorumDeclaration?)
    case meetingPostponed(at: Date, zone: IndonesianTimeZone)
    case quorumIsMet(present: Int, required: Int)
    case quorumWaitNotOver(until: Date, zone: IndonesianTimeZone)
    case invalidDate(String)
    case meetingClosed(at: Date, zone: IndonesianTimeZone)
    case quorumLostForDecision(present: Int, required: Int)
    case noSuchNote(Int)
    case notAtClosingItem(String)
    case inRecess(since: Date, zone: IndonesianTimeZone)
    case notInRecess
    case speakerNotPresent(Member)
    case negativeAmount(String, Rupiah)
    case quorumNotLost(present: Int, required: Int)
    case noSuchMotion(Int)
    case motionAlreadyDecided(motion: Int, decision: Int)
    case voteInProgress(round: Int)
    case noVoteOpen
    case wrongVoteMethod(VoteMethod)
    case cannotVote(Member, reason: String)
    case alreadyVoted(Member, VoteChoice)
    case countsExceedEligible(counted: Int, eligible: Int)
    /// More counted than the eligible voters of this round still present (DECISIONS 33).
    case countsExceedPresent(counted: Int, eligibleAtOpen: Int, presentNow: Int)
    /// Moving on, postponing or closing over an open vote or election (DECISIONS 33).
    case matterStillOpen(OpenMatter)
    case ballotsDoNotAddUp(returned: Int, counted: Int)
    case ballotsExceedEligible(issued: Int, eligible: Int)
    case specialQuorumNotMet(MotionKind, present: Int, required: Int, formula: String)
    case nothingCounted(VoteMethod)
    case tieNeedsCastingVote
    case noSuchElection(Int)
    case electionDecided(Int)
    case candidateRefused(Member, reason: String)
    case acclamationNeedsFewerCandidates(candidates: Int, seats: Int)
    case chairMustHandOver(String)
    case lotNotDue(String)
    case proxyRefused(String)
    case invalidValue(String)
    case shuInvalid(String)
    case shuNotProposed
    case shuAlreadyApproved(decision: Int)
    case noSuchEvent(Int64)
    case eventAlreadyWithdrawn(Int64, at: Date, zone: IndonesianTimeZone)
    case attendanceNotWithdrawable(Int64)
    case notWithdrawable(Int64, String)
    case eventReliedUpon(Int64, later: Int64, laterKind: String)

    /// One line a secretary can act on: what is wrong, then how to fix it.
    public var message: String {
        switch self {
        case .emptyRoster:
            return "Daftar anggota kosong: impor buku daftar anggota dengan `rapat roster import anggota.csv`."
        case let .duplicateMemberNumber(n):
            return "Nomor anggota \(n) muncul lebih dari sekali: perbaiki buku daftar anggota lalu impor ulang."
        case let .rosterFrozen(at, zone):
            return "Daftar anggota sudah dibekukan saat registrasi dibuka \(IndonesianFormat.time(at, zone: zone)): "
                + "perubahan anggota berlaku untuk rapat berikutnya."
        case .registrationNotOpen:
            return "Registrasi belum dibuka: buka daftar hadir dulu (perintah open_registration)."
        case let .registrationAlreadyOpen(since, zone):
            return "Registrasi sudah dibuka sejak \(IndonesianFormat.time(since, zone: zone))."
        case let .notAMember(n):
            return "Nomor \(n) tidak terdaftar di buku daftar anggota: tidak dihitung dalam kuorum; "
                + "periksa nomornya, atau catat sebagai tamu bukan anggota (perintah guest)."
        case let .alreadyPresent(m, since, zone):
            return "\(m.name) (\(m.number)) sudah hadir sejak \(IndonesianFormat.time(since, zone: zone)): "
                + "tidak dicatat dua kali."
        case let .notPresent(m):
            return "\(m.name) (\(m.number)) tidak sedang hadir: tidak bisa dicatat keluar."
        case let .neverCheckedIn(m):
            return "\(m.name) (\(m.number)) belum pernah hadir: catat kehadirannya dengan Enter."
        case let .notAway(m):
            return "\(m.name) (\(m.number)) tidak sedang keluar: tidak perlu dicatat kembali."
        case let .timeBeforeLastEvent(n, at, last, zone):
            let who = n.map { "untuk \($0) " } ?? ""
            // Both dates are named when the two times fall on different days.
            let sameDay = IndonesianFormat.date(at, zone: zone) == IndonesianFormat.date(last, zone: zone)
            func when(_ date: Date) -> String {
                (sameDay ? "" : IndonesianFormat.date(date, zone: zone) + " ") + IndonesianFormat.time(date, zone: zone)
            }
            return "Waktu \(when(at)) \(who)lebih awal dari catatan terakhir \(when(last)): waktu harus berurutan."
        case let .timeInFuture(at, now, zone):
            func when(_ date: Date) -> String { IndonesianFormat.date(date, zone: zone) + " " + IndonesianFormat.time(date, zone: zone) }
            return "Waktu \(when(at)) lebih dari \(Int(MeetingState.futureTolerance / 60)) menit sesudah jam komputer "
                + "(\(when(now))): periksa tanggal dan jam perintahnya, atau jam komputer."
        case let .meetingAlreadyOpened(since, zone):
            return "Rapat sudah dibuka \(IndonesianFormat.time(since, zone: zone))."
        case let .missingField(name):
            return "\(name) wajib diisi."
        case .meetingNotOpened:
            return "Rapat belum dibuka: buka rapat dulu (perintah open_meeting)."
        case let .lastAgendaItem(title):
            return "\(title) adalah acara terakhir: tidak ada acara berikutnya."
        case let .quorumNotDeclaredMet(last):
            guard let last else {
                return "Kuorum belum diperiksa: umumkan N, H, dan Q dulu (perintah check_quorum)."
            }
            return "Kuorum belum tercapai (hadir \(last.present), wajib \(last.required)): tunggu lalu hitung ulang, "
                + "atau tunda rapat."
        case let .meetingPostponed(at, zone):
            return "Rapat sudah DITUNDA \(IndonesianFormat.time(at, zone: zone)): tidak ada lagi yang dicatat; "
                + "rapat berikutnya memakai berkas rapat baru."
        case let .quorumIsMet(present, required):
            return "Kuorum tercapai (hadir \(present), wajib \(required)): rapat tidak perlu ditunda."
        case let .quorumWaitNotOver(until, zone):
            return "Waktu tunggu kuorum belum habis: hitung ulang kuorum \(IndonesianFormat.time(until, zone: zone)) "
                + "atau sesudahnya, baru rapat dapat ditunda."
        case let .meetingClosed(at, zone):
            return "Rapat sudah ditutup \(IndonesianFormat.time(at, zone: zone)): tidak ada lagi yang dicatat."
        case let .quorumLostForDecision(present, required):
            return "KUORUM HILANG: hadir \(present), wajib \(required). Keputusan tidak dapat diambil; skors dan panggil "
                + "anggota kembali, lanjutkan pembahasan tanpa keputusan, atau tunda acara yang tersisa."
        case let .noSuchNote(number):
            return "Catatan nomor \(number) tidak ada: periksa nomornya."
        case let .inRecess(since, zone):
            return "Rapat sedang diskors sejak \(IndonesianFormat.time(since, zone: zone)): cabut skorsing dulu (kuorum diperiksa ulang)."
        case let .speakerNotPresent(m):
            return "\(m.name) (\(m.number)) tidak tercatat hadir: catat kehadirannya dulu di meja registrasi, "
                + "atau catat sebagai undangan."
        case let .negativeAmount(label, amount):
            return "\(label) tidak boleh negatif (\(amount.formatted)): periksa angkanya; hanya SHU yang boleh negatif (rugi)."
        case .notInRecess:
            return "Rapat tidak sedang diskors."
        case let .noSuchEvent(sequence):
            return "Catatan jurnal nomor \(sequence) tidak ada: periksa nomornya (`seq` yang dicetak `rapat apply --json`; "
                + "di layar acara, W membatalkan catatan terakhir tanpa nomor)."
        case let .eventAlreadyWithdrawn(sequence, at, zone):
            return "Catatan jurnal nomor \(sequence) sudah dibatalkan \(IndonesianFormat.time(at, zone: zone)): "
                + "tidak dibatalkan dua kali."
        case let .attendanceNotWithdrawable(sequence):
            return "Catatan jurnal nomor \(sequence) adalah kehadiran: batalkan dengan void_check_in (F8 di meja "
                + "registrasi), atau catat keluar/kembali."
        case let .notWithdrawable(sequence, kind):
            return "Catatan jurnal nomor \(sequence) (\(kind)) tidak dapat dibatalkan dengan withdraw: yang dapat "
                + "dibatalkan hanya pembukaan, kuorum, perpindahan acara, skorsing/pencabutannya, termin pertanyaan, "
                + "keputusan mufakat/aklamasi, penutupan, usul, dan usulan SHU; catatan dikoreksi dengan perbaikan catatan, SHU dengan ubah persentase."
        case let .eventReliedUpon(sequence, later, laterKind):
            return "Catatan jurnal nomor \(sequence) sudah menjadi dasar catatan sesudahnya (nomor \(later), \(laterKind)): "
                + "batalkan dulu yang sesudahnya; hasil pemungutan suara tidak dapat dibatalkan."
        case let .noSuchMotion(n):
            return "Usul nomor \(n) tidak ada: ajukan usulnya dulu (perintah motion)."
        case let .motionAlreadyDecided(motion, decision):
            return "Usul nomor \(motion) sudah diputuskan (keputusan nomor \(decision)): tidak diputuskan dua kali."
        case let .voteInProgress(round):
            return "Pemungutan suara \(round) masih berlangsung: tutup dulu (perintah close_vote)."
        case .noVoteOpen:
            return "Tidak ada pemungutan suara yang sedang dibuka: buka dulu (perintah open_vote)."
        case let .wrongVoteMethod(method):
            return "Pemungutan suara ini \(method.label): gunakan "
                + (method == .show ? "jumlah angkat tangan (vote_counts)." : method == .rollCall
                    ? "suara per nama (cast_vote)." : "hasil hitung surat suara (ballots).")
        case let .cannotVote(m, reason):
            return "\(m.name) (\(m.number)) tidak dapat memberi suara: \(reason)."
        case let .alreadyVoted(m, choice):
            return "\(m.name) (\(m.number)) sudah memberi suara (\(choice.label)): satu anggota satu suara."
        case let .countsExceedEligible(counted, eligible):
            return "Jumlah suara \(counted) melebihi anggota berhak suara yang hadir (\(eligible)): hitung ulang."
        case let .countsExceedPresent(counted, atOpen, present):
            return "Jumlah suara \(counted) melebihi anggota berhak suara yang masih hadir (\(present); saat "
                + "pemungutan suara dibuka \(atOpen)): hitung ulang, atau catat dulu anggota yang kembali ke ruangan."
        case let .matterStillOpen(matter):
            let text = matter.description
            return text.prefix(1).uppercased() + text.dropFirst() + "."
        case let .ballotsDoNotAddUp(returned, counted):
            return "Surat suara kembali \(returned) tetapi terhitung \(counted) (per pilihan + blanko + tidak sah): "
                + "periksa hitungannya."
        case let .ballotsExceedEligible(issued, eligible):
            return "Surat suara dibagikan \(issued) melebihi anggota berhak suara yang hadir (\(eligible))."
        case let .specialQuorumNotMet(kind, present, required, formula):
            return "Kuorum khusus \(kind.label) tidak terpenuhi: hadir \(present), wajib \(required) (\(formula)). "
                + "Keputusan ini tidak dapat diambil dalam rapat ini."
        case let .nothingCounted(method):
            return "Belum ada hasil hitung untuk pemungutan suara \(method.label): masukkan dulu jumlah suaranya."
        case .tieNeedsCastingVote:
            return "Suara sama banyak dan AD memberi pimpinan suara penentu: catat suara penentu pimpinan (casting)."
        case let .noSuchElection(n):
            return "Pemilihan nomor \(n) tidak ada: buka pemilihannya dulu (perintah open_election)."
        case let .electionDecided(n):
            return "Pemilihan nomor \(n) sudah selesai dan ditetapkan."
        case let .candidateRefused(m, reason):
            return "\(m.name) (\(m.number)) tidak dapat dicalonkan: \(reason)."
        case let .acclamationNeedsFewerCandidates(candidates, seats):
            return "Calon \(candidates) orang untuk \(seats) kursi: aklamasi hanya bila calon tidak lebih dari kursi; "
                + "lakukan pemungutan suara rahasia."
        case let .chairMustHandOver(name):
            return "\(name) termasuk pimpinan rapat dan menjadi calon: serahkan pimpinan acara ini kepada orang lain "
                + "dulu (perintah hand_over_chair)."
        case let .lotNotDue(reason):
            return "Undian belum dapat dilakukan: \(reason)."
        case let .proxyRefused(reason):
            return "Surat kuasa ditolak: \(reason)."
        case let .invalidValue(reason):
            return reason
        case let .shuInvalid(problem):
            return "Pembagian SHU tidak dapat dipakai: \(problem). Perbaiki [shu] di koperasi.toml atau ubah persentasenya."
        case .shuNotProposed:
            return "Pembagian SHU belum diusulkan: masukkan SHU tahun buku dulu (perintah shu_propose)."
        case let .shuAlreadyApproved(decision):
            return "Pembagian SHU sudah disahkan (keputusan nomor \(decision)): tidak diubah lagi dalam rapat ini."

        case let .quorumNotLost(present, required):
            return "Kuorum tidak hilang (hadir \(present), wajib \(required)): tidak ada pilihan pimpinan yang perlu dicatat."
        case let .notAtClosingItem(title):
            return "Acara saat ini \"\(title)\": rapat ditutup pada acara penutupan (F9 untuk pindah acara)."
        case let .invalidDate(text):
            return "Tanggal \"\(text)\" tidak dikenal: tulis seperti 2026-03-28."
        case .meetingAlreadyCreated:
            return "Berkas rapat ini sudah dibuat: buat berkas baru dengan `rapat init --file NAMA`."
        }
    }
}
