fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(2).unwrap_or_default()).unwrap_or_default();
    println!("{}", serde_json::to_string(&findings::parse(&text)).unwrap_or_default());
}
