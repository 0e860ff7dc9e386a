import Foundation
import TavleData

/// A temporary folder of text data built into a SQLite file the tests may query.
struct DataFixture {
    let folder: URL

    static let schema = """
        CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE measurements (team_id TEXT NOT NULL REFERENCES teams(id), period TEXT, numerator INTEGER, denominator INTEGER, value REAL);
        """
    static let teams = "id,name\nt1,Lia\nt2,\"Fjord, sør\"\n"
    static let measurements =
        "team_id,period,numerator,denominator,value\nt1,2022-01,3,900,3.333\nt1,2022-02,5,900,5.556\nt2,2022-01,1,450,2.222\n"

    init(files: [String: String] = ["schema.sql": schema, "teams.csv": teams, "measurements.csv": measurements]) throws
    {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-data-\(UUID().uuidString)")
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: data.appendingPathComponent(name)) }
    }

    var builder: TextDataBuilder {
        TextDataBuilder(
            folder: folder.appendingPathComponent("data").path,
            cacheFolder: folder.appendingPathComponent("cache").path, displayFolder: "data")
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
