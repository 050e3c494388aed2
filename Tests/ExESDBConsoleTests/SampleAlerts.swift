import ExESDBMonitor

/// An alert as the book makes it from a node-failure SystemAlert received at `time`.
func nodeFailureAlert(at time: Double = 1_795_700_701, title: String = "Node n2 \"unresponsive\"") -> Alert {
    let line = #"{"type":"SystemAlert","alert_id":"alert_12345","alert_type":"node_failure","severity":"critical","title":"\#(title.replacing("\"", with: "\\\""))","node":"n1","metadata":{"failed_node":"n2","cluster_size":3}}"#
    var book = AlertBook()
    if case .event(let event) = EventDecoder().decode(line, receivedAt: time) { book.apply(event, at: time) }
    return book.alert("alert_12345")!
}
