import Pipeline
import Testing

@Suite struct WorkSignalTests {
    @Test func aPendingSignalWakesTheNextWaitAtOnceAndATimeoutEndsAWait() async {
        let signal = WorkSignal()
        signal.signal()
        #expect(await signal.wait(timeout: .seconds(600)), "a pending signal ends the next wait")
        let clock = ContinuousClock()
        var signalled = true
        let timedOut = await clock.measure { signalled = await signal.wait(timeout: .milliseconds(50)) }
        #expect(!signalled, "the signal was consumed by the first wait")
        #expect(timedOut >= .milliseconds(50))
    }

    @Test func aSignalWakesAWaiterAndManyWaitsNeverHang() async {
        let signal = WorkSignal()
        await withTaskGroup(of: Void.self) { group in
            group.addTask { #expect(await signal.wait(timeout: .seconds(600))) }
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
