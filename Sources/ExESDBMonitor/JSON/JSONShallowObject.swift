/// An object read shallowly (`JSONParser.readShallowObjectDocument`): its members in wire order as plain data, with
/// the few keys and values that needed decoding kept beside them.
struct JSONShallowObject {
    var members: JSONShallowMembers
    /// Keys that held escapes or other text, decoded and sanitised (`JSONShallowMember.Key.decoded`).
    var decodedKeys: [String] = []
    /// Values read in full: strings that held escapes or other text, arrays and objects (`JSONShallowValue.stored`).
    var values: [JSONValue] = []

    /// An object whose members are kept in `members`.
    init(members: JSONShallowMembers) {
        self.members = members
    }

    /// The shallow form of an object already read, every key decoded.
    init(_ object: JSONObject) {
        members = JSONShallowMembers()
        for (index, member) in object.members.enumerated() {
            decodedKeys.append(member.key)
            members.append(JSONShallowMember(key: .decoded(Int32(index)), field: FieldKey(rawValue: member.key),
                                             value: JSONShallowValue(member.value, storingIn: &values)))
        }
    }
}
