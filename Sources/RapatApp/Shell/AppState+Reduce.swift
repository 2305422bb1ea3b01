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
    /// Render the notulen and rekap suara so far into `documentLines` (`showDocument(lines:)`): the O screen.
    case renderDocument
}

extension AppState {
    /// Applies `action`; returns the commands to execute. Pure apart from the search index's cache.
    public mutating func reduce(_ action: AppAction) -> [AppEffect] {
        switch action {
        case let .tick(date):
            readClock(date)
            return []
        case let .commandSucceeded(events, meeting):
            update(meeting: meeting)
            for event in events { acknowledge(event) }
            clearInput()
            continueAfter(events)
            if screen == .presence { refreshPresence() }
            return []
        case let .commandRefused(text):
            message = DeskMessage(.error, CoreTextForDesk.deskText(text))
            // A refused form stays open on its last field, so the secretary can go back (↑) and correct it.
            if case let .form(form) = mode {
                input = form.retypeAnswer(at: form.current)
            } else {
                clearInput()
            }
            return []
        case let .key(key):
            let effects = handle(key)
            afterKey()
            // The review mode refuses every command here, before anything could reach a file.
            guard readOnly, effects.contains(where: \.writes) else { return effects }
            message = DeskMessage(.info, "Mode lihat (baca saja): tidak ada yang dicatat.")
            clearInput()
            return effects.filter { !$0.writes }
        }
    }

    private mutating func handle(_ key: Key) -> [AppEffect] {
        shownVoteResult = nil
        if showingHelp {
            switch key {
            case .down: helpScroll += 1
            case .pageDown: helpScroll += 10
            case .up: helpScroll = max(0, helpScroll - 1)
            case .pageUp: helpScroll = max(0, helpScroll - 10)
            default:
                if KeyMap.intent(for: key, on: screen, typing: false, inputIsEmpty: true) == .quit { quitRequested = true }
                showingHelp = false
            }
            return []
        }
        if screen == .messages {
            guard let intent = handleMessagesKey(key) else { return [] }
            return perform(intent)
        }
        if case .confirm = mode {
            // Enter records what the question named; any other key cancels, and does nothing else.
            let command = pendingCommand
            if key == .enter, let command {
                pendingCommand = nil
                // Recorded at the moment of the Enter, which is when the chair said yes.
                return [.execute(Self.restamped(command, at: now))]
            }
            clearInput()
            message = DeskMessage(.info, "Dibatalkan: tidak ada yang dicatat.")
            return []
        }
        if case let .decisionOutcome(decision) = mode, case let .character(ch) = key {
            return chooseOutcome(ch, for: decision)
        }
        // Roll-call: one key S/T/A right after a member's number records the vote (`AppState+RollCall`).
        if let effects = rollCallKey(key) { return effects }
        let intent = KeyMap.intent(for: key, on: screen, typing: isTyping, inputIsEmpty: input.isEmpty)
        if let intent, intent != .editText {
            // The review mode refuses a writing key before any form opens (a form would lead nowhere).
            if readOnly, DeskIntent.writing.contains(intent) {
                let label = key.label.count == 1 ? key.label.uppercased() : key.label
                message = DeskMessage(.info, "Mode lihat (baca saja): \(label) tidak tersedia, tidak ada yang dicatat. "
                    + "F1 untuk tombol yang bisa dipakai.")
                return []
            }
            return perform(intent)
        }
        // On the agenda screen, typing only fills its prompts.
        if screen != .desk, !isTyping { return [] }
        edit(key)
        return []
    }

    private mutating func perform(_ intent: DeskIntent) -> [AppEffect] {
        if screen == .presence, let effects = performPresence(intent) { return effects }
        if screen == .document, let effects = performDocument(intent) { return effects }
        switch intent {
        case .quit:
            quitRequested = true
        case .toggleHelp:
            showingHelp = true
            helpScroll = 0
        case .clearInput:
            if mode != .search { message = DeskMessage(.info, "Dibatalkan.") }
            clearInput()
        case .selectPrevious:
            if selection > 0 { selection -= 1; selectionMoved = true }
        case .selectNext:
            let count = switch screen {
            case .decisions: meeting.decisions.count
            case .document: documentLines.count
            case .readiness: readinessItems.count + documentDetailLines.count + readinessWarnings.count
            default: results.positions.count
            }
            if selection + 1 < count { selection += 1; selectionMoved = true }
        case .proposeMotion, .openElection, .nominateCandidate, .vote, .closeVote, .showDecisions, .registerProxy:
            return performVoting(intent)
        case .proposeShu, .showShu:
            return performShu(intent)
        case .withdrawCandidate:
            return performCandidateWithdrawal()
        case .amendAnswer:
            return performAnswerAmendment()
        case .recordGuest:
            guard registrationOpen else {
                message = DeskMessage(.info, "Daftar hadir belum dibuka: \(KeyMap.label(of: .openRegistration)) untuk membukanya.")
                return []
            }
            guard mode == .search else {
                message = DeskMessage(.info, "Selesaikan isian ini dulu, atau Esc untuk membatalkannya, lalu Ctrl-T.")
                return []
            }
            startForm(.guest(), "Tamu bukan anggota: nama, asal/instansi, peran. Tidak dihitung dalam kuorum; Esc = batal.")
        case .showReadiness:
            show(.readiness)
            selection = 0
        case .enterDocumentDetails:
            return startDocumentDetails()
        case .showMessages, .closeMessages:
            toggleMessages()
        case .showDocument:
            return showDocumentScreen()
        case .showPresence:
            showPresence()
        case .startSearch, .nextMatch, .previousMatch, .cycleStatusFilter, .cycleUnitFilter:
            break  // bound only on the screens that handle them above
        case .pageUp:
            selection = max(0, selection - 20)
        case .pageDown:
            let count = screen == .document ? documentLines.count : meeting.decisions.count
            selection = max(0, min(count - 1, selection + 20))
        case .openRegistration:
            guard !registrationOpen else {
                message = DeskMessage(.info, "Registrasi sudah dibuka.")
                return []
            }
            let registered = meeting.roster.registeredCount(settingsRules.quorumBase)
            return ask(.openRegistration(rules: settingsRules, profile: settingsProfile, at: now),
                       "Buka daftar hadir sekarang? Daftar anggota (\(registered) terdaftar) dan aturan kuorum dibekukan.")
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
            let q = meeting.quorum
            return ask(.declareQuorum(at: now), "Umumkan kuorum sekarang (N \(q.registered), H \(q.present), Q \(q.required) — "
                + "\(q.isMet ? "SAH" : "BELUM KUORUM"))?")
        case .writeNote, .writeDecision:
            guard meeting.currentAgendaIndex != nil else {
                message = DeskMessage(.info, notOpenedAdvice)
                return []
            }
            clearInput()
            // A motion on this item still undecided is what F11 decides (by mufakat or aklamasi).
            if intent == .writeDecision, let motion = meeting.motions.last(where: {
                $0.agendaIndex == meeting.currentAgendaIndex && meeting.motionDecisions[$0.number] == nil
            }) {
                pendingMotion = motion.number
                mode = .decisionOutcome(decision: motion.text)
                message = DeskMessage(.warning, "Usul \(motion.number) tanpa pemungutan suara. Hasil: 1 diterima · "
                    + "2 diterima dengan catatan · 3 ditolak · A aklamasi; Esc = batal.")
                return []
            }
            mode = intent == .writeNote ? .noteText : .decisionText
            message = DeskMessage(.warning, intent == .writeNote
                ? "Ketik catatan lalu Enter; Esc = batal."
                : "Ketik isi keputusan lalu Enter, kemudian pilih hasilnya; Esc = batal.")
        case .toggleRecess:
            if meeting.currentRecess != nil {
                let q = meeting.quorum
                return ask(.resumeMeeting(at: now), "Cabut skorsing sekarang? Kuorum diperiksa ulang: hadir \(q.present), "
                    + "wajib \(q.required) — \(q.isMet ? "SAH" : "KUORUM TIDAK TERPENUHI").")
            }
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
            startForm(.postpone(remainingItems: meeting.quorumLost),
                      "Tunda rapat? Isi alasan dan tanggal rapat berikutnya bila sudah ada; Esc = batal.")
        case .enterPresidium, .enterReport, .enterQuestion, .amendNote:
            guard meeting.currentAgendaIndex != nil else {
                message = DeskMessage(.info, notOpenedAdvice)
                return []
            }
            switch intent {
            case .enterPresidium:
                startForm(.presidium(), "Isi pimpinan rapat, Enter tiap isian; ↑ kembali; Esc = batal.")
            case .enterReport:
                let kind: ReportKind = meeting.currentAgendaItem?.kind == .supervisorsReport ? .supervisors : .board
                startForm(.report(defaultKind: kind), "Isi laporan; angka pokok boleh dikosongkan (Enter).")
            case .enterQuestion:
                startForm(.question(round: meeting.questionRound),
                          "Penanya: nomor/nama anggota yang hadir, atau \"u: Nama\" untuk undangan.")
            default:
                guard !meeting.notes.isEmpty else {
                    message = DeskMessage(.info, "Belum ada catatan untuk dikoreksi (F2 untuk mencatat).")
                    return []
                }
                startForm(.amendNote(), "Koreksi catatan nomor berapa? (catatan terakhir: \(meeting.notes.count))")
            }
        case .newQuestionRound:
            guard meeting.currentAgendaIndex != nil else {
                message = DeskMessage(.info, notOpenedAdvice)
                return []
            }
            return ask(.startQuestionRound(at: now), "Buka pandangan umum termin \(meeting.questionRound + 1) sekarang?")
        case .withdrawLast:
            guard let candidate = meeting.withdrawalCandidate else {
                message = DeskMessage(.info, "Tidak ada catatan acara terakhir yang dapat dibatalkan (catatan notulen: K "
                    + "untuk koreksi; kehadiran: F8 di meja registrasi).")
                return []
            }
            clearInput()
            mode = .withdrawReason(candidate.sequence)
            message = DeskMessage(.warning, "Batalkan \(candidate.what)? Ketik alasan lalu Enter; Esc = batal.")
        case .answerQuorumLoss:
            guard meeting.quorumLost else {
                let q = meeting.quorum
                message = DeskMessage(.info, "Kuorum tidak hilang (hadir \(q.present), wajib \(q.required)): tidak ada yang perlu dipilih.")
                return []
            }
            startForm(.quorumLoss(), "Kuorum hilang. Pilih: 1 skors, 2 lanjut tanpa keputusan, 3 tunda sisa acara.")
        case .previousField:
            guard case var .form(form) = mode, form.current > 0 else { return [] }
            form.current -= 1
            mode = .form(form)
            input = form.retypeAnswer(at: form.current)
            refreshResults()
        case .nextAgendaItem:
            guard let index = meeting.currentAgendaIndex else {
                message = DeskMessage(.info, notOpenedAdvice)
                return []
            }
            if meeting.closedAt == nil, let matter = meeting.openMatters.first {
                message = DeskMessage(.error, Self.deskText(matter))
                return []
            }
            guard index + 1 < meeting.agenda.items.count else {
                guard meeting.closedAt == nil else {
                    message = DeskMessage(.info, "Rapat sudah ditutup.")
                    return []
                }
                // What the berita acara still lacks is shown before the meeting is closed (DECISIONS 34).
                let gaps = meeting.beritaAcaraGapsAtClosing.map(\.field)
                let lacking = gaps.isEmpty ? "" : "Berita acara belum lengkap: " + gaps.joined(separator: ", ") + ". "
                // The checklist is on screen while the chair decides, and shows the state after the closing.
                if !gaps.isEmpty { show(.readiness) }
                return ask(.closeMeeting(at: now), lacking + "Tutup rapat sekarang (PENUTUPAN)?")
            }
            return ask(.nextAgendaItem(at: now), "Pindah ke acara \(index + 2). \(meeting.agenda.items[index + 1].title)?")
        case .submit:
            if case let .withdrawReason(sequence) = mode {
                let what = meeting.withdrawalCandidate.map(\.what) ?? "catatan nomor \(sequence)"
                let reason = input.trimmingCharacters(in: .whitespaces)
                return ask(.withdrawEvent(sequence: sequence, reason: input, at: now),
                           "Catat: \(what) dibatalkan: \(reason)?")
            }
            if case let .voidReason(number) = mode {
                return [.execute(.voidCheckIn(number, reason: input, at: now))]
            }
            if mode == .openedBy {
                let by = input.trimmingCharacters(in: .whitespaces)
                return ask(.openMeeting(by: input, agenda: draftAgenda, at: now),
                           "Buka rapat sekarang, dibuka oleh \(by), dengan \(draftAgenda.items.count) acara?")
            }
            if mode == .noteText {
                let text = input.trimmingCharacters(in: .whitespaces)
                return ask(.recordNote(text: input, at: now), "Simpan catatan \(meeting.notes.count + 1): \"\(text)\"?")
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
                return askDecision(decision, .consensus, .acceptedWithNotes, notes: [input])
            }
            if mode == .recessReason {
                let reason = input.trimmingCharacters(in: .whitespaces)
                return ask(.suspendMeeting(reason: input, at: now), "Skors rapat sekarang, alasan: \(reason)?")
            }
            if case let .form(form) = mode {
                return submitField(of: form)
            }
            if screen == .shu {
                if let number = target() { lookUpShare(number) }
                return []
            }
            if screen == .document {
                findInDocument()
                return []
            }
            if screen == .desk, readOnly {
                if let number = target() { showAttendance(of: number) }
                return []
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
        case .editText:
            break  // applied to the input by `handle(_:)`
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

    /// The member the desk means: the selected name if the arrows were used; else a registered number (leading
    /// zeros optional);
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
        // "7" finds 0007 when that is the one member it can mean (Roster.position(of:)).
        if let registered = meeting.roster.registeredNumber(typed) { return registered }
        let numberLike = !text.contains(" ") && text.contains(where: \.isNumber)
        if numberLike || results.positions.isEmpty { return typed }
        return meeting.roster.members[results.positions[min(selection, results.positions.count - 1)]].number
    }

    /// Whether keys are text right now: always on the desk (number or name), on the agenda only in a prompt.
    var isTyping: Bool {
        [.desk, .shu, .presence].contains(screen) || (screen == .document && documentView.searching)
            || (mode != .search && mode.prompt != nil)
    }

    private mutating func show(_ next: AppScreen) {
        guard next != screen else { return }
        // A half-filled form is parked, not lost, while the secretary helps at the desk.
        if case let .form(form) = mode { parkedForm = (form, input) }
        clearInput()
        screen = next
        // A message belongs to the screen it answered (it stays in the Pesan log).
        message = nil
        if next == .agenda, let parked = parkedForm {
            parkedForm = nil
            mode = .form(parked.form)
            input = parked.input
            refreshResults()
        }
    }

    mutating func startForm(_ form: EntryForm, _ guidance: String) {
        clearInput()
        mode = .form(form)
        input = form.retypeAnswer(at: form.current)
        message = DeskMessage(.warning, guidance)
    }

    /// Accepts the current field; the last one issues the form's command.
    private mutating func submitField(of form: EntryForm) -> [AppEffect] {
        if form.purpose == .rollCall { return submitRollCall() }
        var form = form
        if form.currentField.kind == .speaker || form.currentField.kind == .member {
            guard let (answer, shown) = resolveSpeaker(requirePresent: form.currentField.kind == .speaker) else { return [] }
            form.acceptSpeaker(answer: answer, shown: shown)
        } else if let problem = form.accept(input) {
            message = DeskMessage(.error, problem)
            return []
        }
        if form.isComplete, form.current == form.fields.count - 1 {
            mode = .form(form)
            return completeForm(form)
        }
        form.current = min(form.current + 1, form.fields.count - 1)
        mode = .form(form)
        input = form.retypeAnswer(at: form.current)
        // The desk shows one prompt and no form: the field's hint (its choices) is said as a message there.
        message = screen == .desk ? DeskMessage(.info, form.currentField.hint) : nil
        refreshResults()
        return []
    }

    /// The speaker a question form means: "u: Nama" for a guest, else a member present (number or best name match).
    private mutating func resolveSpeaker(requirePresent: Bool) -> (answer: String, shown: String)? {
        let text = input.trimmingCharacters(in: .whitespaces)
        for prefix in ["u:", "U:", "undangan:", "Undangan:"] where requirePresent && text.hasPrefix(prefix) {
            let name = text.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                message = DeskMessage(.error, "Tulis nama undangan setelah \"u:\", mis. u: Dinas Koperasi.")
                return nil
            }
            return ("g:" + name, name + " (undangan)")
        }
        guard let number = target() else { return nil }
        guard let position = meeting.roster.position(of: number) else {
            message = DeskMessage(.error, RapatError.notAMember(number).message)
            return nil
        }
        let member = meeting.roster.members[position]
        guard !requirePresent || meeting.attendance.record(at: position)?.isPresent == true else {
            message = DeskMessage(.error, RapatError.speakerNotPresent(member).message)
            return nil
        }
        return ("m:" + number.rawValue, "\(member.number) \(member.name) (\(member.unit))")
    }

    mutating func refreshResults() {
        selection = 0
        selectionMoved = false
        if case let .form(form) = mode, form.currentField.kind == .speaker || form.currentField.kind == .member {
            results = searchIndex.search(input, limit: 5)
            return
        }
        // The present / absent list searches with its own filters (`refreshPresence`); the document has no names.
        guard mode == .search, screen != .presence, screen != .document else { return }
        results = searchIndex.search(input, limit: 200)
    }

    private mutating func chooseOutcome(_ key: Character, for decision: String) -> [AppEffect] {
        switch key {
        case "1": return askDecision(decision, .consensus, .accepted)
        case "3": return askDecision(decision, .consensus, .rejected)
        case "a", "A": return askDecision(decision, .acclamation, .accepted)
        case "2":
            mode = .decisionNote(decision: decision)
            message = DeskMessage(.warning, "Ketik catatannya lalu Enter; Esc = batal.")
            return []
        default:
            return []
        }
    }

    /// Asks before recording `command`: the question says exactly what would be recorded; Enter records it, any
    /// other key cancels. A command the core would refuse is refused now, without asking.
    mutating func ask(_ command: Command, _ question: String) -> [AppEffect] {
        if readOnly { return [.execute(command)] }  // refused by `reduce` with the review mode's message
        do {
            _ = try meeting.decide(command)
        } catch {
            // As a refusal from the runner: a form stays open on its last field.
            return reduce(.commandRefused(error.message))
        }
        clearInput()
        pendingCommand = command
        mode = .confirm(question)
        message = DeskMessage(.warning, question + " Enter = ya, tombol lain = batal.")
        return []
    }

    /// `command` with its time set to `at`, for the commands `ask` is used with.
    static func restamped(_ command: Command, at: Date) -> Command {
        switch command {
        case let .openRegistration(rules, profile, _): .openRegistration(rules: rules, profile: profile, at: at)
        case .declareQuorum: .declareQuorum(at: at)
        case .resumeMeeting: .resumeMeeting(at: at)
        case .startQuestionRound: .startQuestionRound(at: at)
        case .closeMeeting: .closeMeeting(at: at)
        case .nextAgendaItem: .nextAgendaItem(at: at)
        case let .withdrawEvent(sequence, reason, _): .withdrawEvent(sequence: sequence, reason: reason, at: at)
        case let .withdrawCandidate(election, member, reason, _):
            .withdrawCandidate(election: election, member: member, reason: reason, at: at)
        case let .openMeeting(by, agenda, _): .openMeeting(by: by, agenda: agenda, at: at)
        case let .recordNote(text, _): .recordNote(text: text, at: at)
        case let .suspendMeeting(reason, _): .suspendMeeting(reason: reason, at: at)
        case let .recordDecision(text, method, outcome, notes, _):
            .recordDecision(text: text, method: method, outcome: outcome, notes: notes, at: at)
        case let .decideMotion(motion, method, outcome, notes, _):
            .decideMotion(motion: motion, method: method, outcome: outcome, notes: notes, at: at)
        case let .closeVote(castingVote, _): .closeVote(castingVote: castingVote, at: at)
        case let .postponeMeeting(reason, newDate, _): .postponeMeeting(reason: reason, newDate: newDate, at: at)
        case let .answerQuorumLoss(choice, reason, newDate, _):
            .answerQuorumLoss(choice: choice, reason: reason, newDate: newDate, at: at)
        default: command
        }
    }

    private mutating func askDecision(_ decision: String, _ method: DecisionMethod, _ outcome: DecisionOutcome,
                                      notes: [String] = []) -> [AppEffect] {
        let command = decisionCommand(decision, method, outcome, notes: notes)
        let number = meeting.nextDecisionNumber
        return ask(command, "Catat KEPUTUSAN NOMOR \(number): \"\(decision)\" — \(outcome.label.uppercased()) secara "
            + "\(method.label)\(notes.isEmpty ? "" : ", catatan: \(notes.joined(separator: "; "))")?")
    }

    /// A decision on the pending motion, or a free decision of the current item.
    private func decisionCommand(_ text: String, _ method: DecisionMethod, _ outcome: DecisionOutcome,
                                 notes: [String] = []) -> Command {
        if let pendingMotion {
            return .decideMotion(motion: pendingMotion, method: method, outcome: outcome, notes: notes, at: now)
        }
        return .recordDecision(text: text, method: method, outcome: outcome, notes: notes, at: now)
    }

    mutating func clearInput() {
        input = ""
        pendingMotion = nil
        pendingCommand = nil
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
            if let member, meeting.isObserver(member), let cutoff = meeting.rules.registerCutoff {
                message = DeskMessage(.warning, "Hadir sebagai PENINJAU: \(who). Masuk "
                    + "\(IndonesianFormat.isoDateLong(member.joinedOn)), sesudah batas buku daftar anggota "
                    + "\(IndonesianFormat.isoDateLong(cutoff)): tidak dihitung dalam kuorum dan tidak punya hak suara.")
            } else if let member, !meeting.counts(member) {
                message = DeskMessage(.warning, "Hadir: \(who). Sebagai \(member.status.label) tidak dihitung dalam kuorum "
                    + "dan tidak punya hak suara.")
            } else {
                message = DeskMessage(.success, "✔ HADIR \(who), \(IndonesianFormat.time(at, zone: zone))")
            }
            log(clock, "✔", who)
            lastArrival = number
        case let .memberReturned(number, at):
            let (_, who) = describe(number)
            message = DeskMessage(.success, "↩ KEMBALI \(who), \(IndonesianFormat.time(at, zone: zone))")
            log(IndonesianFormat.clock(at, zone: zone), "↩", who)
            lastArrival = number
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
            message = DeskMessage(.success, "Catatan \(note.number) tersimpan \(IndonesianFormat.time(note.at, zone: zone))"
                + (note.amends.map { " (perbaikan catatan \($0))." } ?? "."))
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
        case let .meetingPostponed(p) where p.remainingFromAgendaIndex != nil:
            message = DeskMessage(.error, "ACARA YANG TERSISA DITUNDA \(IndonesianFormat.time(p.at, zone: zone)): \(p.reason). "
                + "Cetak berita acara penundaan dengan `rapat penundaan`.")
        case let .meetingPostponed(p):
            message = DeskMessage(.error, "RAPAT DITUNDA \(IndonesianFormat.time(p.at, zone: zone)): \(p.reason). "
                + "Cetak berita acara penundaan dengan `rapat penundaan`.")
        case let .presidiumAppointed(p):
            message = DeskMessage(.success, "Pimpinan rapat tercatat: Ketua \(p.chair), Sekretaris \(p.secretary) "
                + "(\(p.selection.label)); notulis \(p.notetaker).")
        case let .reportPresented(r):
            message = DeskMessage(.success, "\(r.kind.label) oleh \(r.presenter) tercatat "
                + "\(IndonesianFormat.time(r.at, zone: zone)) (\(r.figures.values.count) angka pokok).")
        case let .questionRoundStarted(round, _):
            message = DeskMessage(.success, "Pandangan umum termin \(round) dibuka.")
        case let .questionRecorded(q):
            message = DeskMessage(.success, "Pertanyaan \(q.number) (termin \(q.round)) tercatat: \(q.status.rawValue).")
        case let .answerAmended(a):
            message = DeskMessage(.success, "Jawaban pertanyaan \(a.question) diperbaiki (\(a.reason)): \(a.status.rawValue).")
        case .motionProposed, .voteOpened, .voteCast, .handsCounted, .ballotsCounted, .voteClosed, .electionOpened,
             .candidateNominated, .chairHandedOver, .lotDrawn, .proxyGranted, .candidateWithdrawn:
            message = votingAcknowledgement(event)
        case let .shuProposed(p):
            message = DeskMessage(.success, "Usulan pembagian SHU tercatat: SHU \(p.surplus.formatted). U lalu F11 atau V "
                + "untuk mengesahkan; B untuk mengubah persen.")
        case let .shuAmended(a):
            message = DeskMessage(.success, "Persentase SHU diubah: \(a.reason).")
        case let .shuApproved(a):
            message = DeskMessage(.success, "Pembagian SHU DISAHKAN (keputusan nomor \(a.decision)). I untuk SHU anggota.")
        case let .quorumLossAnswered(r):
            message = DeskMessage(.warning, "Pilihan pimpinan tercatat: \(r.choice.label) (hadir \(r.present), wajib \(r.required)).")
        case let .eventWithdrawn(w):
            message = DeskMessage(.warning, "DIBATALKAN: \(w.line). Catatan lama tetap di jurnal dan notulen.")
        case let .guestArrived(g):
            let clock = IndonesianFormat.clock(g.at, zone: zone)
            message = DeskMessage(.success, "Tamu tercatat: \(g.line), \(g.role.label), pukul \(clock). Tidak dihitung dalam kuorum.")
            log(clock, "+", "tamu: \(g.line) (\(g.role.rawValue))")
        case let .documentDetailsAmended(a):
            let changed = EntryForm.documentDetailKeys.filter { a.fields[$0] != nil }.map { EntryForm.documentDetailLabel($0).lowercased() }
            message = DeskMessage(.success, "Identitas berita acara dikoreksi: \(changed.joined(separator: ", ")). "
                + "Isian lama tetap di jurnal.")
        case let .registrationOpened(opening):
            let text = "Daftar hadir dibuka \(IndonesianFormat.time(opening.at, zone: zone)); "
                + "daftar anggota (\(opening.registered) orang) dan aturan kuorum dibekukan."
            let observers = meeting.observersExcluded.count
            let cutoff = opening.rules.registerCutoff.map {
                " Batas buku daftar anggota \(IndonesianFormat.isoDateLong($0))"
                    + (observers > 0 ? ": \(observers) anggota yang masuk sesudahnya hadir sebagai peninjau." : ".")
            } ?? ""
            if let warning = opening.quorumWarning {
                message = DeskMessage(.warning, text + " " + warning + ".")
            } else {
                message = DeskMessage(.success, text + cutoff)
            }
        default:
            break
        }
    }

    mutating func log(_ time: String, _ symbol: String, _ text: String) {
        log.insert(DeskLogLine(time: time, symbol: symbol, text: text), at: 0)
        if log.count > 100 { log.removeLast() }
    }

    /// An open vote or election in the desk's keys: the core names commands, the desk names keys.
    static func deskText(_ matter: OpenMatter) -> String {
        switch matter {
        case let .vote(round, about):
            "Pemungutan suara putaran \(round) tentang \(about) masih terbuka: tutup dulu dengan X."
        case let .election(number, body):
            "Pemilihan \(body.rawValue) nomor \(number) masih terbuka: tetapkan dulu hasilnya (V untuk pemungutan suara "
                + "lalu X, atau aklamasi/undian)."
        }
    }
}
