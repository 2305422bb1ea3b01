import Foundation
import RapatCore
import RapatDocuments

/// Keys of the agenda screen for motions, votes and elections; every rule stays in the core.
extension AppState {
    mutating func performVoting(_ intent: DeskIntent) -> [AppEffect] {
        guard let index = meeting.currentAgendaIndex else {
            message = DeskMessage(.info, notOpenedAdvice)
            return []
        }
        switch intent {
        case .proposeMotion:
            let kind: MotionKind = switch meeting.agenda.items[index].kind {
            case .reportApproval: .reportApproval
            case .surplusDistribution: .surplus
            case .workPlanAndBudget: .workPlanAndBudget
            default: .ordinary
            }
            startForm(.motion(defaultKind: kind), "Tulis isi usul, lalu pilih jenisnya; Esc = batal.")
        case .openElection:
            startForm(.election(), "Pemilihan: badan, jumlah kursi, masa jabatan; Esc = batal.")
        case .nominateCandidate:
            let open = meeting.elections.filter { !$0.decided }
            guard !open.isEmpty else {
                message = DeskMessage(.info, "Belum ada pemilihan yang dibuka: E untuk membuka pemilihan.")
                return []
            }
            startForm(.nominate(elections: open.map { ($0.number, electionLabel($0)) }),
                      "Pilih pemilihan, lalu nomor atau nama calon.")
        case .vote:
            if let round = meeting.openVote {
                startEntryForm(for: round)
                return []
            }
            let motions = meeting.motions.filter { meeting.motionDecisions[$0.number] == nil }
                .map { (VoteSubject.motion($0.number), "Usul \($0.number): \($0.text)") }
            let elections = meeting.elections.filter { !$0.decided }
                .map { (VoteSubject.election($0.number), "Pemilihan \($0.number): \(electionLabel($0))") }
            guard !(motions + elections).isEmpty else {
                message = DeskMessage(.info, "Belum ada usul atau pemilihan: U untuk mengajukan usul, E untuk pemilihan.")
                return []
            }
            startForm(.openVote(subjects: motions + elections),
                      "Pilih yang diputuskan dan caranya; kuorum diperiksa ulang dan daftar pemilih dibekukan.")
        case .closeVote:
            guard meeting.openVote != nil else {
                message = DeskMessage(.info, "Tidak ada pemungutan suara yang sedang dibuka.")
                return []
            }
            // Ask the core first: on a tie where the AD gives the chair a casting vote, ask for it.
            do {
                _ = try meeting.decide(.closeVote(castingVote: nil, at: now))
            } catch .tieNeedsCastingVote {
                startForm(.castingVote(), "Suara sama banyak. Catat suara penentu pimpinan rapat.")
                return []
            } catch {
                // The core's refusal is shown when the command runs.
            }
            guard let vote = meeting.openVote else { return [] }
            return ask(.closeVote(castingVote: nil, at: now), closeVoteQuestion(vote))
        case .showDecisions:
            screen = .decisions
            decisionsScroll = 0
        case .registerProxy:
            guard meeting.rules.voting.proxiesAllowed else {
                message = DeskMessage(.info, "AD/ART tidak membolehkan kuasa (proxies_allowed = false): anggota hadir sendiri.")
                return []
            }
            startForm(.proxy(), "Pemberi kuasa, penerima kuasa yang hadir, dan nomor surat kuasanya.")
        default:
            break
        }
        return []
    }

    /// The form for entering votes of the open round: per name, hands, or ballots.
    mutating func startEntryForm(for round: VoteRound) {
        let number = round.opening.round
        switch round.opening.method {
        case .rollCall:
            startForm(.rollCall(round: number), "Satu baris per pemilih, mis. 0012 s; Esc = selesai memasukkan suara.")
        case .show where round.opening.candidates.isEmpty:
            startForm(.hands(round: number), "Jumlah angkat tangan; tidak lebih dari \(round.opening.eligible.count) "
                + "anggota berhak suara yang hadir.")
        case .secret, .show:
            let options = round.opening.candidates.isEmpty
                ? ["Setuju", "Tidak setuju"]
                : round.opening.candidates.map { number in meeting.roster.member(number)?.name ?? number.rawValue }
            startForm(.ballots(round: number, options: options), "Hasil hitung surat suara; kembali = pilihan + blanko + tidak sah.")
        }
    }

    /// A complete form's command, with the voting forms' special cases: an election that needs no ballot is
    /// settled by aklamasi, and one tied after its re-votes goes to a lot.
    mutating func completeForm(_ form: EntryForm) -> [AppEffect] {
        if case .documentDetails = form.purpose { return completeDocumentDetails(form) }
        if case .withdrawCandidate = form.purpose { return completeCandidateWithdrawal(form) }
        // A postponement ends the meeting's record; it is asked about like a single key (issue 11).
        if form.purpose == .postpone || form.purpose == .quorumLoss {
            let command = form.command(at: now)
            let question: String = switch command {
            case let .postponeMeeting(reason, _, _) where meeting.quorumLost:
                "Tunda acara yang tersisa sekarang: \(reason)?"
            case let .postponeMeeting(reason, _, _):
                "Tunda rapat sekarang (DITUNDA): \(reason)? Sesudahnya tidak ada lagi yang dicatat."
            case let .answerQuorumLoss(choice, _, _, _):
                "Catat pilihan pimpinan saat kuorum hilang: \(choice.label)?"
            default: "Simpan?"
            }
            return ask(command, question)
        }
        if case let .openVote(subjects) = form.purpose, case let .election(number) = subjects[form.int(0) ?? 0] {
            let election = meeting.elections[number - 1]
            if !election.ballot.isEmpty, election.ballot.count <= election.seatsOpen {
                return [.execute(.electByAcclamation(election: number, at: now))]
            }
            if !election.contenders.isEmpty, election.revotes >= meeting.rules.voting.tieRevotes {
                if meeting.rules.voting.tieElection == .revoteThenConsensus {
                    startForm(.tieConsensus(election: number, seats: election.seatsOpen),
                              "Calon tetap sama kuat: catat hasil musyawarah di antara mereka (AD/ART).")
                } else {
                    startForm(.lot(election: number), "Calon tetap sama kuat: undian oleh aplikasi, disaksikan dua orang.")
                }
                return []
            }
            // A member of the pimpinan rapat on the ballot hands this item's chair to someone else first (E-7).
            do {
                _ = try meeting.decide(form.command(at: now))
            } catch let .chairMustHandOver(name) {
                startForm(.handOver(election: number, candidate: name),
                          "\(name) menjadi calon: catat siapa yang memimpin acara ini, lalu V lagi untuk pemungutan suara.")
                return []
            } catch {
                // Other refusals are shown when the command runs.
            }
        }
        return [.execute(form.command(at: now, seed: UInt64.random(in: 1...UInt64.max)))]
    }

    /// After a command: a roll-call goes straight on to the next voter.
    mutating func continueAfter(_ events: [Event]) {
        for event in events {
            noteRollCall(event)
            switch event {
            case let .voteOpened(opening) where opening.method == .rollCall:
                if let round = meeting.openVote { startEntryForm(for: round) }
            case .voteCast:
                // Straight on to the next voter, keeping the confirmation of this one on screen.
                let confirmation = message
                if let round = meeting.openVote { startEntryForm(for: round) }
                message = confirmation
            case let .voteClosed(result):
                shownVoteResult = result.round
            case .documentDetailsAmended:
                // Back to the checklist the form was opened from, now with the corrected fields.
                screen = .readiness
            default:
                break
            }
        }
    }

    func electionLabel(_ e: Election) -> String {
        "\(e.body.rawValue), \(e.seats) kursi, \(e.candidates.count) calon"
    }
}

extension AppState {
    /// The confirmation shown for a voting event.
    func votingAcknowledgement(_ event: Event) -> DeskMessage? {
        let zone = zone
        func name(_ number: MemberNumber) -> String { VoteRecordReport.name(number, meeting) }
        switch event {
        case let .motionProposed(m):
            return DeskMessage(.success, "Usul \(m.number) tercatat (\(m.kind.label)). V untuk pemungutan suara, "
                + "F11 bila diputuskan secara mufakat.")
        case let .voteOpened(o):
            var text = "Pemungutan suara \(o.round) DIBUKA \(IndonesianFormat.time(o.at, zone: zone)), \(o.method.label): "
                + "\(o.eligible.count) anggota berhak suara yang hadir."
            if let special = o.specialQuorum { text += " Kuorum khusus: hadir \(special.present), wajib \(special.required)." }
            return DeskMessage(.success, text)
        case let .voteCast(round, member, choice, _):
            let count = meeting.openVote?.ballots.count ?? 0
            let eligible = meeting.openVote?.opening.eligible.count ?? 0
            return DeskMessage(.success, "✔ \(name(member)): \(choice.label) (pemungutan \(round); \(count) dari \(eligible)).")
        case .handsCounted, .ballotsCounted:
            return DeskMessage(.success, "Hitungan tercatat. X untuk menutup pemungutan suara dan menetapkan hasilnya.")
        case let .voteClosed(r):
            if let void = r.voidReason { return DeskMessage(.error, "Pemungutan suara \(r.round) BATAL: \(void).") }
            if case .election = r.subject {
                return r.tiedForLastSeat.isEmpty
                    ? DeskMessage(.success, "Terpilih: " + r.elected.map(name).joined(separator: ", ") + ".")
                    : DeskMessage(.warning, "Sama kuat: " + r.tiedForLastSeat.map(name).joined(separator: ", ")
                        + ". V untuk pemungutan ulang atau undian.")
            }
            return DeskMessage(r.passed ? .success : .warning, "Usul \(r.passed ? "DITERIMA" : "DITOLAK"): setuju \(r.yes), "
                + "tidak setuju \(r.no), abstain \(r.abstain), tidak sah \(r.invalid).")
        case let .electionOpened(e):
            return DeskMessage(.success, "Pemilihan \(e.number) dibuka: \(e.body.rawValue), \(e.seats) kursi. C untuk calon.")
        case let .candidateNominated(election, member, _):
            // Recorded under sitting_officer_candidacy = "warn": said now, and in the notulen.
            if let note = meeting.sittingOfficerNote(election: election, member: member) {
                return DeskMessage(.warning, "Calon pemilihan \(election): \(name(member)). PERHATIAN: \(note).")
            }
            return DeskMessage(.success, "Calon pemilihan \(election): \(name(member)).")
        case let .chairHandedOver(election, to, _):
            return DeskMessage(.success, "Pemilihan \(election) dipimpin oleh \(to).")
        case let .lotDrawn(lot):
            return DeskMessage(.success, "Undian: " + lot.winners.map(name).joined(separator: ", ")
                + " (saksi \(lot.witnesses.joined(separator: ", ")); seed \(lot.seed)).")
        case let .proxyGranted(g):
            return DeskMessage(.success, "Surat kuasa \(g.letter) tercatat.")
        case let .candidateWithdrawn(w):
            return candidateWithdrawalAcknowledgement(w)
        default:
            return nil
        }
    }
}
