import Testing

/// Every end-to-end suite runs under this one, one test at a time: each starts daemons as processes and waits for
/// them, and running them side by side would only make each slower and starve the in-process tests of threads.
@Suite(.serialized) enum EndToEnd {}
