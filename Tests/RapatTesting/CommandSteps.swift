import RapatCore
import XCTest

/// What the core must answer to one step of a table-driven test.
public enum Expect: Equatable {
    case accepted
    case refused(RapatError)
}

/// Applies each named command to `state` and checks the core's answer against the table.
public func assertSteps(_ state: inout MeetingState, _ steps: [(String, Command, Expect)],
                        file: StaticString = #filePath, line: UInt = #line) {
    for (name, command, expected) in steps {
        do {
            try state.apply(command)
            XCTAssertEqual(expected, .accepted, name, file: file, line: line)
        } catch let error as RapatError {
            XCTAssertEqual(expected, .refused(error), name, file: file, line: line)
        } catch {
            XCTFail("\(name): \(error)", file: file, line: line)
        }
    }
}
