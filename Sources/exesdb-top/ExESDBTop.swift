/// Entry point placeholder until the command line lands.
@main
struct ExESDBTop {
    static func main() {
        print("exesdb-top")
    }
}
