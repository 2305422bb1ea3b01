import Foundation
import RapatCore
import RapatTesting

/// One or more sample events of every kind, with optional fields both set and left out.
enum EventSamples {
    static func t(_ text: String) -> Date { Fixtures.time(text) }
    static let members = [
        Fixtures.member("0001", "Siti Aminah", .female, unit: "Unit Simpan Pinjam",
                        office: Office(body: .pengurus, title: "Ketua")),
        Fixtures.member("0002", "Budi Santoso", votes: false),
        Fixtures.member("LB-1", "Yohanes Lake", status: .associate),
    ]
    static let roster = Roster(version: 1, members: members, digest: Roster.digest(of: members))
    /// The quorum declared at `time`; a vote's declarations share the vote's date (it is stored once).
    static func quorum(_ time: String = "2026-03-21 09:50") -> QuorumDeclaration {
        QuorumDeclaration(registered: 133, present: 91, required: 67, formula: "lebih dari 1/2: ⌊133/2⌋+1 = 67",
                          at: t(time))
    }
    static let components = [
        ShuComponent(name: "Dana cadangan", percentage: Percentage(basisPoints: 4_000), role: .reserve),
        ShuComponent(name: "Jasa modal", percentage: Percentage(basisPoints: 2_250), role: .capitalServices),
        ShuComponent(name: "Jasa usaha", percentage: Percentage(basisPoints: 2_500), role: .businessServices),
        ShuComponent(name: "Dana \"sosial\"", percentage: Percentage(basisPoints: 1_250), role: .other),
    ]
    static func numbers(_ list: [String]) -> [MemberNumber] { list.map(MemberNumber.init) }

    /// Every sample, in the order of `Event.Kind.allCases`.
    static var all: [Event] { Event.Kind.allCases.flatMap(events(of:)) }

    /// The samples of `kind`. A new kind fails to compile here until it has samples.
    static func events(of kind: Event.Kind) -> [Event] {
        switch kind {
        case .meetingCreated:
            return [.meetingCreated(meetingID: "M-1", cooperative: "KSP \"Maju\" / Bersama", at: t("2026-03-20 10:00"))]
        case .rosterImported:
            return [.rosterImported(RosterImport(roster: roster, source: "data/anggota.csv", at: t("2026-03-20 10:01")))]
        case .registrationOpened:
            var profile = Fixtures.profile
            profile.legalEntityNumber = "123/BH/2001"
            profile.details = DocumentDetails(legalEntityDate: "2001-02-03", nik: "3201", address: "Jl. Merdeka 1",
                                              city: "Bogor", baSequence: 3, memberWitnesses: 4)
            let rules = MeetingRules(
                quorumBase: .eligibleVoters, quorumRule: .atLeast(numerator: 2, denominator: 3), lateGraceMinutes: 10,
                quorumArticle: "Pasal 22", quorumWaitMinutes: 45, quorumCheck: .openingOnly,
                voting: VotingRules(majorityBase: .votesCast, tieMotion: .chairCastingVote, tieElection: .revoteThenConsensus,
                                    tieRevotes: 2, secretForPersons: false, proxiesAllowed: true, maxProxiesPerHolder: 2,
                                    arrearsPolicy: .suspendVoteKeepQuorum, recusalPolicy: .exclude),
                shu: ShuPolicy(components: components, savingsTypes: ["pokok", "wajib", "sukarela"],
                               transactionUnits: ["toko"], roundingUnit: Rupiah(sen: 10_000), residual: .largestRemainder,
                               payment: .transfer),
                registerCutoff: "2026-03-20")
            var unscheduled = Fixtures.profile
            unscheduled.scheduledStart = nil
            unscheduled.timeZone = .wita
            return [
                .registrationOpened(RegistrationOpening(rosterVersion: 1, registered: 2, rules: rules, profile: profile,
                                                        at: Fixtures.opening)),
                .registrationOpened(RegistrationOpening(rosterVersion: 2, registered: 133, rules: .defaults,
                                                        profile: unscheduled, at: Fixtures.opening)),
            ]
        case .memberCheckedIn:
            return [.memberCheckedIn(MemberNumber("0001"), at: t("2026-03-21 08:10"))]
        case .memberLeft:
            return [.memberLeft(MemberNumber("0001"), at: t("2026-03-21 09:10"))]
        case .memberReturned:
            return [.memberReturned(MemberNumber("LB-1"), at: t("2026-03-21 09:20"))]
        case .checkInVoided:
            return [.checkInVoided(MemberNumber("0001"), reason: "salah pindai / kartu \"tertukar\"", at: t("2026-03-21 09:21"))]
        case .meetingOpened:
            return [.meetingOpened(by: "Ketua Pengurus", agenda: Agenda(items: [
                AgendaItem(kind: .opening), AgendaItem(kind: .general, title: "Penyuluhan \"koperasi\""),
                AgendaItem(kind: .closing),
            ]), at: t("2026-03-21 09:30"))]
        case .agendaItemStarted:
            return [.agendaItemStarted(index: 1, at: t("2026-03-21 09:45"))]
        case .quorumDeclared:
            return [.quorumDeclared(quorum())]
        case .meetingPostponed:
            return [
                .meetingPostponed(Postponement(reason: "Kuorum tidak tercapai", newDate: "2026-03-28", registered: 133,
                                               present: 40, required: 67, formula: "lebih dari 1/2: ⌊133/2⌋+1 = 67",
                                               at: t("2026-03-21 10:30"))),
                .meetingPostponed(Postponement(reason: "Kuorum hilang", newDate: nil, registered: 133, present: 60,
                                               required: 67, formula: "f", remainingFromAgendaIndex: 4,
                                               at: t("2026-03-21 10:34"))),
            ]
        case .presidiumAppointed:
            return [.presidiumAppointed(Presidium(chair: "Siti", secretary: "Budi", members: ["Made", "Ani"],
                                                  selection: .elected, notetaker: "Ani", at: t("2026-03-21 10:31")))]
        case .decisionRecorded:
            return [
                .decisionRecorded(Decision(number: 1, agendaIndex: 2, text: "Menerima \"LPJ\"", method: .consensus,
                                           outcome: .acceptedWithNotes, notes: ["a", "b"], present: 91,
                                           at: t("2026-03-21 10:32"))),
                .decisionRecorded(Decision(number: 2, agendaIndex: 3, text: "Usul diterima", method: .vote,
                                           outcome: .accepted, notes: [], present: 90, motion: 1, voteRound: 2,
                                           at: t("2026-03-21 10:33"))),
                .decisionRecorded(Decision(number: 3, agendaIndex: 4, text: "Terpilih", method: .lot,
                                           outcome: .accepted, notes: [], present: 90, election: 1,
                                           at: t("2026-03-21 10:34"))),
            ]
        case .noteRecorded:
            return [
                .noteRecorded(MinuteNote(number: 1, agendaIndex: 2, text: "Catatan", at: t("2026-03-21 10:33"))),
                .noteRecorded(MinuteNote(number: 2, agendaIndex: 2, text: "Perbaikan\nbaris dua", at: t("2026-03-21 10:34"),
                                         amends: 1, reason: "salah ketik")),
            ]
        case .meetingClosed:
            return [.meetingClosed(at: t("2026-03-21 12:35"))]
        case .recessStarted:
            return [.recessStarted(reason: "ishoma", at: t("2026-03-21 10:34"))]
        case .recessEnded:
            return [.recessEnded(QuorumDeclaration(registered: 133, present: 80, required: 67, formula: "f",
                                                   at: t("2026-03-21 10:54")))]
        case .questionRoundStarted:
            return [.questionRoundStarted(round: 1, at: t("2026-03-21 10:34"))]
        case .questionRecorded:
            return [
                .questionRecorded(QuestionEntry(number: 1, round: 1, agendaIndex: 2, speaker: .member(MemberNumber("0001")),
                                                category: .capitalAndLoanRates, question: "Bunga?", answeredBy: "Bendahara",
                                                answer: "Tetap", status: .answered, at: t("2026-03-21 10:34"))),
                .questionRecorded(QuestionEntry(number: 2, round: 1, agendaIndex: 2, speaker: .guest("Dinas Koperasi"),
                                                category: .other, question: "Saran", answeredBy: "", answer: "",
                                                status: .followUp, at: t("2026-03-21 10:35"))),
            ]
        case .reportPresented:
            return [
                .reportPresented(ReportRecord(kind: .board, presenter: "Bendahara", summary: "Ringkas",
                                              figures: ReportFigures([.totalAssets: Rupiah(sen: 120_000_000_050),
                                                                      .surplus: Rupiah(rupiah: -5),
                                                                      .budgetedCosts: Rupiah(rupiah: 7)]),
                                              agendaIndex: 4, at: t("2026-03-21 10:36"))),
                .reportPresented(ReportRecord(kind: .supervisors, presenter: "Ketua Pengawas", summary: "",
                                              figures: ReportFigures(), agendaIndex: 5, at: t("2026-03-21 10:37"))),
            ]
        case .quorumLossAnswered:
            return [.quorumLossAnswered(QuorumLossResponse(choice: .postponeRemaining, agendaIndex: 4, present: 60,
                                                           required: 67, at: t("2026-03-21 10:38")))]
        case .motionProposed:
            return [
                .motionProposed(Motion(number: 1, agendaIndex: 3, text: "LPJ", kind: .reportApproval, concerns: .pengurus,
                                       at: t("2026-03-21 10:39"))),
                .motionProposed(Motion(number: 2, agendaIndex: 3, text: "Ubah AD", kind: .articlesAmendment,
                                       at: t("2026-03-21 10:40"))),
            ]
        case .voteOpened:
            return [
                .voteOpened(VoteOpening(round: 1, subject: .motion(1), method: .rollCall, agendaIndex: 3,
                                        eligible: numbers(["0001", "0002"]), recorded: numbers(["0001"]),
                                        excluded: numbers(["0003"]), quorum: quorum("2026-03-21 10:41"),
                                        specialQuorum: QuorumDeclaration(registered: 133, present: 91, required: 89,
                                                                         formula: "2/3", at: t("2026-03-21 10:41")),
                                        at: t("2026-03-21 10:41"))),
                .voteOpened(VoteOpening(round: 2, subject: .election(1), method: .secret, agendaIndex: 4,
                                        eligible: numbers(["0001", "0002", "0003"]), candidates: numbers(["0002", "0003"]),
                                        seats: 1, quorum: quorum("2026-03-21 10:42"), at: t("2026-03-21 10:42"))),
            ]
        case .voteCast:
            return [.voteCast(round: 1, member: MemberNumber("0002"), choice: .no, at: t("2026-03-21 10:43"))]
        case .handsCounted:
            return [.handsCounted(round: 3, HandCount(yes: 4, no: 2, abstain: 1), at: t("2026-03-21 10:44"))]
        case .ballotsCounted:
            return [.ballotsCounted(round: 2, BallotCount(issued: 7, returned: 7, perOption: [5, 1], blank: 0,
                                                         invalid: [InvalidBallots(reason: "dua tanda \"X\"", count: 1)]),
                                    at: t("2026-03-21 10:45"))]
        case .voteClosed:
            var motion = VoteResult(round: 1, subject: .motion(1), method: .rollCall, eligible: 7, yes: 4, no: 1,
                                    abstain: 1, invalid: 0, notVoting: 1, majorityBase: .validVotes, base: 5,
                                    approval: Fraction(2, 3), passed: true, tie: false, castingVote: .yes,
                                    at: t("2026-03-21 10:46"))
            (motion.recordedYes, motion.recordedNo, motion.recordedAbstain) = (1, 0, 1)
            var election = VoteResult(round: 2, subject: .election(1), method: .secret, eligible: 6, yes: 0, no: 0,
                                      abstain: 0, invalid: 0, notVoting: 0, majorityBase: .votesCast, base: 6,
                                      approval: nil, passed: false, tie: true, castingVote: nil, at: t("2026-03-21 10:47"))
            election.candidateVotes = [3, 3]
            election.elected = numbers(["0004"])
            election.tiedForLastSeat = numbers(["0002", "0003"])
            election.voidReason = "lebih banyak surat suara kembali"
            return [.voteClosed(motion), .voteClosed(election)]
        case .electionOpened:
            return [.electionOpened(Election(number: 1, agendaIndex: 4, body: .pengawas, seats: 2, term: "2026–2029",
                                             at: t("2026-03-21 10:48")))]
        case .candidateNominated:
            return [.candidateNominated(election: 1, member: MemberNumber("0003"), at: t("2026-03-21 10:49"))]
        case .chairHandedOver:
            return [.chairHandedOver(election: 1, to: "Anggota 5", at: t("2026-03-21 10:50"))]
        case .lotDrawn:
            return [.lotDrawn(LotDraw(election: 1, seed: 18_446_744_073_709_551_615, witnesses: ["A", "B"],
                                      among: numbers(["0002", "0003"]), winners: numbers(["0003"]),
                                      at: t("2026-03-21 10:51")))]
        case .electionTieSettled:
            return [.electionTieSettled(election: 1, winners: numbers(["0002"]), at: t("2026-03-21 10:52"))]
        case .proxyGranted:
            return [.proxyGranted(ProxyGrant(principal: MemberNumber("0008"), holder: MemberNumber("0002"),
                                             letter: "SK-1/2026", at: t("2026-03-21 09:01")))]
        case .shuProposed:
            return [.shuProposed(ShuProposal(surplus: Rupiah(sen: 12_345_678_901), components: components, agendaIndex: 6,
                                             at: t("2026-03-21 11:00")))]
        case .shuAmended:
            return [.shuAmended(ShuAmendment(components: Array(components.reversed()), reason: "usul anggota",
                                             at: t("2026-03-21 11:01")))]
        case .shuApproved:
            return [.shuApproved(ShuApproval(decision: 4, surplus: Rupiah(sen: 12_345_678_901), components: components,
                                             at: t("2026-03-21 11:02")))]
        case .shuLedgerImported:
            return [.shuLedgerImported(ShuLedgerImport(version: 1, digest: "ab12", source: "simpanan.csv", members: 130,
                                                       at: t("2026-03-20 11:03")))]
        case .documentDetailsAmended:
            return [.documentDetailsAmended(DocumentAmendment(fields: ["nik": "3201", "alamat": "Jl. \"Baru\" 2",
                                                                       "tempat": "Aula"], at: t("2026-03-21 13:00")))]
        case .guestArrived:
            return [.guestArrived(GuestArrival(name: "Drs. Hartono", origin: "Dinas Koperasi \"UKM\" Kab. Bogor", role: .invited,
                                               at: t("2026-03-21 09:12"))),
                    .guestArrived(GuestArrival(name: "Sri Lestari", origin: "", role: .observer, at: t("2026-03-21 09:20")))]
        case .clockSteppedBack:
            return [.clockSteppedBack(ClockStep(observed: t("2026-03-21 08:10"), last: t("2026-03-21 10:34"),
                                                at: t("2026-03-21 10:34")))]
        case .eventWithdrawn:
            return [.eventWithdrawn(EventWithdrawal(sequence: 12, kind: .quorumDeclared,
                                                    what: "pengumuman kuorum pukul 10.02 WITA (N 133, H 70, Q 67)",
                                                    reason: "salah tekan", at: t("2026-03-21 10:03")))]
        case .candidateWithdrawn:
            return [.candidateWithdrawn(CandidateWithdrawal(election: 2, member: MemberNumber("0042"),
                                                            reason: "salah ketik nomor \"42\"", at: t("2026-03-21 11:04")))]
        case .answerAmended:
            return [.answerAmended(AnswerAmendment(question: 3, answeredBy: "Bendahara", answer: "Bunga tetap 1% per bulan",
                                                   status: .answered, reason: "salah dengar", at: t("2026-03-21 10:41"))),
                    .answerAmended(AnswerAmendment(question: 4, answeredBy: "", answer: "", status: .deferred,
                                                   reason: "dijawab pada RAT berikutnya", at: t("2026-03-21 10:45")))]
        }
    }
}
