import Foundation
import RapatCore
import TerminalUI

/// What happened, from the terminal or from running a command.
public enum AppAction: Sendable {
    case key(Key)
    case tick(Date)
    /// A command was written to the journal; `state` is the meeting after it.
    case commandSucceeded([Event], MeetingState)
    case commandRefused(String)
}

/// Work the reducer asks the runner to do.
public enum AppEffect: Sendable {
    case execute(Command)
}

extension AppState {
    /// Applies `action`; returns the commands to execute. Pure apart from the search index's cache.
    public mutating func reduce(_ action: AppAction) -> [AppEffect] {
        switch action {
        case let .tick(date):
            now = date
            return []
        case let .commandSucceeded(events, meeting):
            update(meeting: meeting)
            for event in events { acknowledge(event) }
            clearInput()
            return []
        case let .commandRefused(text):
            message = DeskMessage(.error, text)
            clearInput()
            return []
        case let .key(key):
            return handle(key)
        }
    }

    private mutating func handle(_ key: Key) -> [AppEffect] {
        if showingHelp {
            if KeyMap.intent(for: key, on: screen, inputIsEmpty: true) == .quit { quitRequested = true }
            showingHelp = false
            return []
        }
        if case let .decisionOutcome(decision) = mode, case let .character(ch) = key {
            return chooseOutcome(ch, for: decision)
        }
        if let intent = KeyMap.intent(for: key, on: screen, inputIsEmpty: input.isEmpty) {
            return perform(intent)
        }
        // On the agenda screen, typing only fills its prompts.
        if screen == .agenda, mode.prompt == nil || mode == .search { return [] }
        switch key {
        case let .character(ch):
            input.append(ch)
            refreshResults()
        case .backspace:
            if !input.isEmpty { input.removeLast() }
            refreshResults()
        default:
            break
        }
        return []
    }

    private mutating func perform(_ intent: DeskIntent) -> [AppEffect] {
        switch intent {
        case .quit:
            quitRequested = true
        case .toggleHelp:
            showingHelp = true
        case .clearInput:
            if mode != .search { message = DeskMessage(.info, "Dibatalkan.") }
            clearInput()
        case .selectPrevious:
            if selection > 0 { selection -= 1; selectionMoved = true }
        case .selectNext:
            if selection + 1 < results.positions.count { selection += 1; selectionMoved = true }
        case .openRegistration:
            guard !registrationOpen else {
                message = DeskMessage(.info, "Registrasi sudah dibuka.")
                return []
            }
            return [.execute(.openRegistration(rules: settingsRules, profile: settingsProfile, at: now))]
        case .showDesk:
            show(.desk)
        case .showAgenda:
            show(.agenda)
        case .switchScreen:
            show(screen == .desk ? .agenda : .desk)
        case .openMeeting:
            guard meeting.meetingOpenedAt == nil else {
                message = DeskMessage(.info, "Rapat sudah dibuka.")
                return []
            }
            clearInput()
            mode = .openedBy
            message = DeskMessage(.warning, "Siapa yang membuka rapat? Ketik nama/jabatan lalu Enter; Esc = batal.")
        case .declareQuorum:
            return [.execute(.declareQuorum(at: now))]
        case .writeNote, .writeDecision:
            guard meeting.currentAgendaIndex != nil else {
                message = DeskMessage(.info, "Rapat belum dibuka: F7 untuk membuka.")
                return []
            }
            clearInput()
            mode = intent == .writeNote ? .noteText : .decisionText
            message = DeskMessage(.warning, intent == .writeNote
                ? "Ketik catatan lalu Enter; Esc = batal."
                : "Ketik isi keputusan lalu Enter, kemudian pilih hasilnya; Esc = batal.")
        case .toggleRecess:
            if meeting.currentRecess != nil { return [.execute(.resumeMeeting(at: now))] }
            guard meeting.meetingOpenedAt != nil else {
                message = DeskMessage(.info, "Rapat belum dibuka.")
                return []
            }
            clearInput()
            mode = .recessReason
            message = DeskMessage(.warning, "Skors rapat? Ketik alasan (mis. ishoma) lalu Enter; Esc = batal.")
        case .postponeMeeting:
            guard meeting.meetingOpenedAt != nil, meeting.postponement == nil else {
                message = DeskMessage(.info, meeting.postponement == nil ? "Rapat belum dibuka." : "Rapat sudah ditunda.")
                return []
            }
            clearInput()
            mode = .postponeReason
            message = DeskMessage(.warning, "Tunda rapat? Ketik alasan lalu Enter; Esc = batal.")
        case .nextAgendaItem:
            guard let index = meeting.currentAgendaIndex else {
                message = DeskMessage(.info, "Rapat belum dibuka: F7 untuk membuka.")
                return []
            }
            guard index + 1 < meeting.agenda.items.count else {
                guard meeting.closedAt == nil else {
                    message = DeskMessage(.info, "Rapat sudah ditutup.")
                    return []
                }
                mode = .confirmClose
                message = DeskMessage(.warning, "Tutup rapat sekarang? Enter = ya, Esc = batal.")
                return []
            }
            mode = .confirmNextItem
            message = DeskMessage(.warning, "Pindah ke acara \(index + 2). \(meeting.agenda.items[index + 1].title)? "
                + "Enter = ya, Esc = batal.")
        case .submit:
            if case let .voidReason(number) = mode {
                return [.execute(.voidCheckIn(number, reason: input, at: now))]
            }
            if mode == .openedBy {
                return [.execute(.openMeeting(by: input, agenda: draftAgenda, at: now))]
            }
            if mode == .confirmNextItem {
                return [.execute(.nextAgendaItem(at: now))]
            }
            if mode == .confirmClose {
                return [.execute(.closeMeeting(at: now))]
            }
            if mode == .noteText {
                return [.execute(.recordNote(text: input, at: now))]
            }
            if mode == .decisionText {
                let text = input.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { return [] }
                input = ""
                mode = .decisionOutcome(decision: text)
                message = DeskMessage(.warning, "Hasil: 1 diterima · 2 diterima dengan catatan · 3 ditolak · "
                    + "A aklamasi (diterima); Esc = batal.")
                return []
            }
            if case let .decisionNote(decision) = mode {
                return [.execute(.recordDecision(text: decision, method: .consensus, outcome: .acceptedWithNotes,
                                                 notes: [input], at: now))]
            }
            if mode == .recessReason {
                return [.execute(.suspendMeeting(reason: input, at: now))]
            }
            if mode == .postponeReason {
                return [.execute(.postponeMeeting(reason: input, newDate: nil, at: now))]
            }
            guard screen == .desk else { return [] }
            guard let number = target() else { return [] }
            return [.execute(.checkIn(number, at: now))]
        case .markLeft:
            guard let number = target() else { return [] }
            return [.execute(.markLeft(number, at: now))]
        case .markReturned:
            guard let number = target() else { return [] }
            return [.execute(.markReturned(number, at: now))]
        case .voidCheckIn:
            guard let number = target(), let member = meeting.roster.member(number) else {
                if input.isEmpty { message = DeskMessage(.info, "Ketik nomor atau nama anggota, lalu F8.") }
                return []
            }
            clearInput()
            mode = .voidReason(number)
            message = DeskMessage(.warning, "Batalkan kehadiran \(member.name) (\(member.number))? Ketik alasan lalu Enter; Esc = batal.")
        }
        return []
    }

    /// The member the desk means: the selected name if the arrows were used; else an exact number;
    /// else, for a number-like input, that number (so a scanned non-member is refused, not guessed);
    /// else the best name match.
    mutating func target() -> MemberNumber? {
        let text = input.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            message = DeskMessage(.info, "Ketik atau pindai nomor anggota, atau ketik nama.")
            return nil
        }
        if selectionMoved, selection < results.positions.count {
            return meeting.roster.members[results.positions[selection]].number
        }
        let typed = MemberNumber(text)
        if meeting.roster.position(of: typed) != nil { return typed }
        let numberLike = !text.contains(" ") && text.contains(where: \.isNumber)
        if numberLike || results.positions.isEmpty { return typed }
        return meeting.roster.members[results.positions[min(selection, results.positions.count - 1)]].number
    }

    private mutating func show(_ next: AppScreen) {
        if mode != .search { clearInput() }
        screen = next
    }

    private mutating func refreshResults() {
        selection = 0
        selectionMoved = false
        guard mode == .search else { return }
        results = searchIndex.search(input, limit: 200)
    }

    private mutating func chooseOutcome(_ key: Character, for decision: String) -> [AppEffect] {
        switch key {
        case "1": return [.execute(.recordDecision(text: decision, method: .consensus, outcome: .accepted, notes: [], at: now))]
        case "3": return [.execute(.recordDecision(text: decision, method: .consensus, outcome: .rejected, notes: [], at: now))]
        case "a", "A":
            return [.execute(.recordDecision(text: decision, method: .acclamation, outcome: .accepted, notes: [], at: now))]
        case "2":
            mode = .decisionNote(decision: decision)
            message = DeskMessage(.warning, "Ketik catatannya lalu Enter; Esc = batal.")
            return []
        default:
            return []
        }
    }

    mutating func clearInput() {
        input = ""
        mode = .search
        results = MemberSearchIndex.Result.none
        selection = 0
        selectionMoved = false
    }

    /// Turns an accepted event into the desk's confirmation and a log line.
    private mutating func acknowledge(_ event: Event) {
        let zone = zone
        func describe(_ number: MemberNumber) -> (Member?, String) {
            let member = meeting.roster.member(number)
            return (member, member.map { "\($0.name) (\($0.number)) — \($0.unit)" } ?? number.rawValue)
        }
        switch event {
        case let .memberCheckedIn(number, at):
            let (member, who) = describe(number)
            let clock = IndonesianFormat.clock(at, zone: zone)
            if let member, !meeting.counts(member) {
                message = DeskMessage(.warning, "Hadir: \(who). Sebagai \(member.status.label) tidak dihitung dalam kuorum "
                    + "dan tidak punya hak suara.")
            } else {
                message = DeskMessage(.success, "✔ HADIR \(who), \(IndonesianFormat.time(at, zone: zone))")
            }
            log(clock, "✔", who)
        case let .memberReturned(number, at):
            let (_, who) = describe(number)
            message = DeskMessage(.success, "↩ KEMBALI \(who), \(IndonesianFormat.time(at, zone: zone))")
            log(IndonesianFormat.clock(at, zone: zone), "↩", who)
        case let .memberLeft(number, at):
            let (_, who) = describe(number)
            message = DeskMessage(.info, "← KELUAR \(who), \(IndonesianFormat.time(at, zone: zone))")
            log(IndonesianFormat.clock(at, zone: zone), "←", who)
        case let .checkInVoided(number, reason, at):
            let (_, who) = describe(number)
            message = DeskMessage(.warning, "✖ DIBATALKAN kehadiran \(who): \(reason)")
            log(IndonesianFormat.clock(at, zone: zone), "✖", who)
        case let .meetingOpened(by, _, at):
            message = DeskMessage(.success, "Rapat dibuka \(IndonesianFormat.time(at, zone: zone)) oleh \(by).")
        case let .agendaItemStarted(index, at):
            message = DeskMessage(.success, "Acara \(index + 1). \(meeting.agenda.items[index].title) dimulai "
                + IndonesianFormat.time(at, zone: zone) + ".")
        case let .quorumDeclared(d):
            message = DeskMessage(d.isMet ? .success : .error,
                                  "Kuorum \(IndonesianFormat.time(d.at, zone: zone)): terdaftar \(d.registered), hadir \(d.present), "
                                  + "wajib \(d.required) — \(d.isMet ? "SAH" : "TIDAK SAH (belum kuorum)").")
        case let .noteRecorded(note):
            message = DeskMessage(.success, "Catatan \(note.number) tersimpan \(IndonesianFormat.time(note.at, zone: zone)).")
        case let .decisionRecorded(d):
            message = DeskMessage(.success, "KEPUTUSAN NOMOR \(d.number): \(d.outcome.label.uppercased()) secara "
                + "\(d.method.label) (hadir \(d.present)).")
        case let .meetingClosed(at):
            message = DeskMessage(.success, "Rapat DITUTUP \(IndonesianFormat.time(at, zone: zone)). Notulen: `rapat notulen`.")
        case let .recessStarted(reason, at):
            message = DeskMessage(.warning, "Rapat DISKORS \(IndonesianFormat.time(at, zone: zone)): \(reason).")
        case let .recessEnded(check):
            message = DeskMessage(check.isMet ? .success : .error,
                                  "Skorsing dicabut \(IndonesianFormat.time(check.at, zone: zone)); hadir \(check.present), "
                                  + "wajib \(check.required) — \(check.isMet ? "SAH" : "KUORUM TIDAK TERPENUHI").")
        case let .meetingPostponed(p):
            message = DeskMessage(.error, "RAPAT DITUNDA \(IndonesianFormat.time(p.at, zone: zone)): \(p.reason). "
                + "Cetak berita acara penundaan dengan `rapat penundaan`.")
        case let .registrationOpened(opening):
            message = DeskMessage(.success, "Daftar hadir dibuka \(IndonesianFormat.time(opening.at, zone: zone)); "
                + "daftar anggota (\(opening.registered) orang) dan aturan kuorum dibekukan.")
        default:
            break
        }
    }

    private mutating func log(_ time: String, _ symbol: String, _ text: String) {
        log.insert(DeskLogLine(time: time, symbol: symbol, text: text), at: 0)
        if log.count > 100 { log.removeLast() }
    }
}
