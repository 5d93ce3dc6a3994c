import Pipeline
import Testing

@Suite struct WorkSignalTests {
    @Test func aPendingSignalWakesTheNextWaitAtOnceAndATimeoutEndsAWait() async {
        let signal = WorkSignal()
        signal.signal()
        let clock = ContinuousClock()
        let immediate = await clock.measure { await signal.wait(timeout: .seconds(30)) }
        #expect(immediate < .seconds(5), "a pending signal is consumed without waiting")
        let timedOut = await clock.measure { await signal.wait(timeout: .milliseconds(50)) }
        #expect(timedOut >= .milliseconds(50) && timedOut < .seconds(20))
    }

    @Test func aSignalWakesAWaiterAndManyWaitsNeverHang() async {
        let signal = WorkSignal()
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await signal.wait(timeout: .seconds(30)) }
            group.addTask {
                try? await Task.sleep(for: .milliseconds(20))
                signal.signal()
            }
            await group.waitForAll()
        }
        // Racing timeouts and signals: every wait returns (a lost continuation would hang the test).
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask { await signal.wait(timeout: .milliseconds(index % 3)) }
                if index % 7 == 0 { group.addTask { signal.signal() } }
            }
            await group.waitForAll()
        }
    }
}
