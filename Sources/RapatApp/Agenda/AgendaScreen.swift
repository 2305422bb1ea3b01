import Foundation
import RapatCore
import RapatDocuments
import RapatText
import TerminalUI

/// The chair's view: the susunan acara with the current item, start times and elapsed time, the last
/// quorum announcement, and the prompt for opening the meeting or confirming the next item.
enum AgendaScreen {
    static func draw(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        buffer.frame(rect, title: tr("agenda.title"))
        let inner = rect.inset(1)
        let x = inner.x + 1, width = inner.width - 2
        var y = inner.y
        let meeting = state.meeting
        let zone = state.zone
        func line(_ text: String, style: Style = .plain) {
            // Wrapped, not cut: the quorum advice and the vote lines are whole sentences.
            for part in Paragraph.wrap(text, width: width) where y < inner.maxY {
                buffer.put(part, x: x, y: y, style: style)
                y += 1
            }
        }

        if let closed = meeting.closedAt {
            line(tr("agenda.closed", ["time": UIFormat.time(closed, zone: zone)]), style: Style(color: .green, bold: true, reverse: true))
        }
        if let p = meeting.postponement {
            line(tr("agenda.postponed", ["time": UIFormat.time(p.at, zone: zone)]), style: Style(color: .red, bold: true, reverse: true))
            line(tr("agenda.postponedReason", ["reason": p.reason]))
            line(tr("agenda.postponedRecord"), style: .bold)
        } else if let opened = meeting.meetingOpenedAt {
            line(tr("agenda.opened", ["time": UIFormat.time(opened, zone: zone), "name": meeting.meetingOpenedBy]), style: .bold)
        } else if state.registrationOpen {
            line(state.notOpenedAdvice, style: Style(color: .yellow, bold: true))
        } else {
            line(tr("agenda.registrationNotOpen"), style: Style(color: .yellow, bold: true))
        }
        if let last = meeting.quorumDeclarations.last {
            line(tr("agenda.quorumLine", ["clock": IndonesianFormat.clock(last.at, zone: zone), "n": last.registered,
                                          "present": last.present, "required": last.required,
                                          "verdict": last.isMet ? tr("agenda.quorumMet") : tr("agenda.quorumNotMet")]),
                 style: Style(color: last.isMet ? .green : .red, bold: true))
        }
        if let recess = meeting.currentRecess {
            line(tr("agenda.recess", ["clock": IndonesianFormat.clock(recess.start, zone: zone), "reason": recess.reason]),
                 style: Style(color: .yellow, bold: true, reverse: true))
        }
        if meeting.quorumLost {
            let q = meeting.quorum
            let alarm = Style(color: .red, bold: true)
            line(tr("agenda.quorumLost", ["present": q.present, "required": q.required]), style: Style(color: .red, bold: true, reverse: true))
            if let response = meeting.quorumLossResponse, meeting.currentRecess == nil {
                line(tr("agenda.quorumLossChoice", ["choice": response.choice.uiLabel,
                                                    "clock": IndonesianFormat.clock(response.at, zone: zone)]), style: alarm)
                line(tr("agenda.decisionsWait"), style: alarm)
            } else if meeting.currentRecess == nil {
                line(tr("agenda.noDecisionsUntilQuorum"), style: alarm)
                line(tr("agenda.quorumLossKey"), style: alarm)
            }
        }
        if let round = meeting.openVote {
            let o = round.opening
            line(tr("agenda.vote.open", ["round": o.round, "method": o.method.uiLabel]), style: Style(color: .cyan, bold: true, reverse: true))
            for part in CellWidth.wrap(VoteRecordReport.subject(o.subject, meeting), width).prefix(2) { line(part, style: .bold) }
            var progress = tr("agenda.vote.eligible", ["n": o.eligible.count])
            switch o.method {
            case .rollCall: progress += tr("agenda.vote.voted", ["n": round.ballots.count])
            case .show: if let h = round.hands { progress += tr("agenda.vote.hands", ["yes": h.yes, "no": h.no, "abstain": h.abstain]) }
            case .secret: if let p = round.paper { progress += tr("agenda.vote.returned", ["n": p.returned]) }
            }
            for part in CellWidth.wrap(progress, width) { line(part) }
            for part in CellWidth.wrap(tr("agenda.vote.keys"), width) {
                line(part, style: Style(color: .cyan))
            }
        }
        if let waitEnds = meeting.quorumWaitEnds, !meeting.quorumDeclarations.contains(where: \.isMet) {
            let remaining = Int((waitEnds.timeIntervalSince(state.now) / 60).rounded(.up))
            if waitEnds > state.now {
                let waiting = Style(color: .yellow, bold: true)
                line(tr("agenda.quorumWait", ["clock": IndonesianFormat.clock(waitEnds, zone: zone), "n": remaining]), style: waiting)
                line(tr("agenda.quorumWaitThen"), style: waiting)
            } else {
                line(tr("agenda.quorumWaitOver"), style: Style(color: .yellow, bold: true))
            }
        }
        if case let .form(form) = state.mode {
            if let message = state.message, y < inner.maxY {
                // The form keeps the rows for its title, the current field and its hints.
                let rows = min(inner.maxY - y, max(2, inner.maxY - y - 7))
                y += MessageArea.draw(message, x: x, y: y, width: width, rows: rows, on: &buffer)
            }
            y += 1
            drawForm(form, state, x: x, width: width, y: &y, maxY: inner.maxY,
                     inputRows: InputLine.maxRows(forHeight: inner.height), on: &buffer)
            return
        }
        if state.mode != .search, let prompt = state.mode.prompt {
            y += InputLine.draw(state, prompt: prompt, x: x, y: y, width: width,
                                maxRows: InputLine.maxRows(forHeight: inner.height), on: &buffer)
        }
        if let message = state.message, y < inner.maxY {
            y += MessageArea.draw(message, x: x, y: y, width: width, rows: min(inner.maxY - y, max(2, inner.maxY - y - 3)), on: &buffer)
        }
        if let shown = state.shownVoteResult,
           let (round, result) = meeting.closedVotes.first(where: { $0.result.round == shown }) {
            y += 1
            line(tr("agenda.vote.result", ["round": shown]), style: Style(bold: true, reverse: true))
            for part in CellWidth.wrap(VoteRecordReport.subject(result.subject, meeting), width) { line(part, style: .bold) }
            let lines = VoteRecordReport.lines(round, result, meeting).dropFirst(1)
                .filter { !$0.hasPrefix("  ") && !$0.hasPrefix("Suara per nama") }
            for text in lines {
                let style: Style = text.hasPrefix("Hasil") || text.hasPrefix("Terpilih") || text.hasPrefix("BATAL")
                    ? Style(bold: true) : .plain
                for part in CellWidth.wrap(text, width) { line(part, style: style) }
            }
            if case .election = result.subject {
                for (index, candidate) in round.opening.candidates.enumerated() {
                    line("  " + tr("agenda.vote.candidateVotes", ["name": VoteRecordReport.name(candidate, meeting),
                                                              "n": result.candidateVotes[index]]))
                }
            }
            return
        }
        if meeting.openVote == nil, let step = nextStep(meeting), state.mode == .search, y < inner.maxY {
            for text in CellWidth.wrap(step, width).prefix(2) { line(text, style: Style(color: .cyan)) }
        }
        y += 1
        if meeting.currentAgendaItem?.kind == .surplusDistribution, let (allocation, approved) = ShuReport.allocation(meeting) {
            drawAllocation(allocation, approved: approved, x: x, width: width, y: &y, maxY: inner.maxY, on: &buffer)
            return
        }
        let items = meeting.meetingOpenedAt == nil ? state.draftAgenda.items : meeting.agenda.items
        let current = meeting.currentAgendaIndex
        if meeting.meetingOpenedAt == nil { line(tr("agenda.draft"), style: .bold) }
        let rows = max(0, inner.maxY - y)
        let first = max(0, min((current ?? 0) - rows / 2, items.count - rows))
        for (offset, item) in items.dropFirst(first).prefix(rows).enumerated() {
            let index = first + offset
            let mark = index == current ? "▶" : (current.map { index < $0 } == true ? "✔" : " ")
            var time = ""
            if let start = meeting.agendaItemStarts[index] {
                time = IndonesianFormat.clock(start, zone: zone)
                if index == current { time += " (" + elapsed(from: start, to: state.now) + ")" }
            }
            let label = "\(mark) \(index + 1). \(item.title)"
            let timeWidth = CellWidth.of(time)
            let style: Style = index == current ? Style(bold: true, reverse: true) : .plain
            buffer.put(CellWidth.pad(label, to: width - timeWidth - 1) + " " + time, x: x, y: y, style: style, maxWidth: width)
            y += 1
        }
    }

    /// What the chair usually records on the current item, with its key from the key map (DOMAIN §6.2); what is
    /// already recorded on the item is not offered again.
    static func nextStep(_ meeting: MeetingState) -> String? {
        guard meeting.closedAt == nil, meeting.postponement == nil, meeting.currentRecess == nil,
              let item = meeting.currentAgendaItem, let index = meeting.currentAgendaIndex else { return nil }
        func key(_ intent: DeskIntent) -> String { KeyMap.label(of: intent) }
        let next = tr("agenda.step.next", ["key": key(.nextAgendaItem)])
        let decided = meeting.decisions.contains { $0.agendaIndex == index }
        let onlyNext = tr("agenda.step.onlyNext", ["next": next])
        switch item.kind {
        case .quorumCheck:
            return meeting.quorumDeclarations.last?.isMet == true ? onlyNext
                : tr("agenda.step.quorum", ["key": key(.declareQuorum), "next": next])
        case .chairElection:
            return meeting.presidium == nil ? tr("agenda.step.presidium", ["key": key(.enterPresidium)]) : onlyNext
        case .agendaAndRulesAdoption:
            return decided ? onlyNext : tr("agenda.step.adoption", ["key": key(.writeDecision)])
        case .boardReport, .supervisorsReport:
            return meeting.reports.contains { $0.agendaIndex == index } ? onlyNext
                : tr("agenda.step.report", ["key": key(.enterReport)])
        case .generalDiscussion:
            return tr("agenda.step.discussion", ["key": key(.enterQuestion), "round": key(.newQuestionRound),
                                                 "n": max(meeting.questionRound, 1), "count": meeting.questions.count,
                                                 "next": next])
        case .reportApproval:
            return decided ? onlyNext : tr("agenda.step.approval", ["key": key(.writeDecision)])
        case .surplusDistribution:
            if meeting.shuApproval != nil { return tr("agenda.step.shuApproved", ["key": key(.showShu), "next": next]) }
            return meeting.shuProposal == nil ? tr("agenda.step.shuPropose", ["key": key(.proposeShu)])
                : tr("agenda.step.shuProposed", ["key": key(.proposeShu), "motion": key(.proposeMotion),
                                                 "decision": key(.writeDecision), "vote": key(.vote), "shu": key(.showShu)])
        case .closing:
            return tr("agenda.step.closing", ["key": key(.nextAgendaItem), "readiness": key(.showReadiness)])
        default:
            return tr("agenda.step.other", ["note": key(.writeNote), "decision": key(.writeDecision), "next": next])
        }
    }

    /// The form: accepted fields with their answers, the current one with the input line and a hint.
    static func drawForm(_ form: EntryForm, _ state: AppState, x: Int, width: Int, y: inout Int, maxY: Int,
                         inputRows: Int = 1, on buffer: inout ScreenBuffer) {
        guard y < maxY else { return }
        if form.purpose == .rollCall {
            return RollCallScreen.draw(form, state, x: x, width: width, y: &y, maxY: maxY, on: &buffer)
        }
        for part in CellWidth.wrap(form.title, width).prefix(2) where y < maxY {
            buffer.put(part, x: x, y: y, style: .bold, maxWidth: width)
            y += 1
        }
        // Keep the current field in view on short screens: show at most the fields that fit before it.
        let label = form.currentField.label + ": "
        let entryRows = InputLine.rows(state, prompt: label, width: width, maxRows: inputRows)
        let room = max(1, maxY - y - 3 - (entryRows - 1))
        let first = max(0, form.current - room + 1)
        for index in form.fields.indices.dropFirst(first) where y < maxY {
            let field = form.fields[index]
            let label = field.label + ": "
            if index == form.current {
                y += InputLine.draw(state, prompt: label, promptStyle: Style(bold: true, reverse: true), x: x, y: y,
                                    width: width, maxRows: inputRows, on: &buffer)
                var hints = [field.hint]
                if case let .choice(options, defaultIndex) = field.kind, maxY - y > options.count {
                    hints = options.enumerated().map { "\($0.offset + 1) \($0.element)" + ($0.offset == defaultIndex ? tr("agenda.form.defaultChoice") : "") }
                }
                if field.kind == .speaker || field.kind == .member, !state.input.isEmpty, !state.input.lowercased().hasPrefix("u"),
                   let position = state.results.positions.first {
                    let member = state.meeting.roster.members[position]
                    let present = state.meeting.attendance.record(at: position)?.isPresent == true
                    hints = ["→ \(member.number) \(member.name) (\(member.unit))" + (present ? "" : tr("agenda.form.absent"))]
                }
                let lines = hints.count > 1 ? hints : CellWidth.wrap(hints[0], width - 2).prefix(2).map { $0 }
                for text in lines where y < maxY {
                    buffer.put("  " + text, x: x, y: y, style: Style(color: .cyan), maxWidth: width)
                    y += 1
                }
            } else {
                let answer = field.accepted ? (field.shown.isEmpty ? "–" : field.shown) : ""
                buffer.put(CellWidth.truncate(label + answer, to: width), x: x, y: y,
                           style: field.accepted ? .plain : Style(color: .yellow))
                y += 1
            }
        }
    }

    /// The SHU allocation table while its item is on: component, %, amount, total and its words.
    static func drawAllocation(_ allocation: ShuAllocation, approved: Bool, x: Int, width: Int, y: inout Int, maxY: Int,
                               on buffer: inout ScreenBuffer) {
        func line(_ text: String, style: Style = .plain) {
            guard y < maxY else { return }
            buffer.put(CellWidth.truncate(text, to: width), x: x, y: y, style: style)
            y += 1
        }
        line(approved ? tr("agenda.shu.approved") : tr("agenda.shu.proposed"), style: Style(bold: true, reverse: true))
        line(tr("agenda.shu.surplus", ["amount": allocation.surplus.formatted]), style: .bold)
        guard allocation.hasDistribution else {
            line(tr("agenda.shu.none"))
            return
        }
        for entry in allocation.lines {
            let right = "\(entry.component.percentage)%  " + entry.amount.formatted
            line(CellWidth.pad(CellWidth.truncate(entry.component.name, to: width - CellWidth.of(right) - 1),
                               to: width - CellWidth.of(right)) + right)
        }
        let total = "100%  " + allocation.total.formatted
        line(CellWidth.pad(tr("agenda.shu.total"), to: width - CellWidth.of(total)) + total, style: .bold)
        for part in CellWidth.wrap("(\(allocation.total.inWords))", width) { line(part) }
    }

    /// "12 menit", "1 jam 5 menit".
    static func elapsed(from start: Date, to now: Date) -> String {
        let minutes = max(0, Int(now.timeIntervalSince(start) / 60))
        return minutes < 60 ? tr("agenda.elapsed.minutes", ["m": minutes])
            : tr("agenda.elapsed.hours", ["h": minutes / 60, "m": minutes % 60])
    }
}
