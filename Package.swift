// swift-tools-version: 6.0
import PackageDescription

// One direction of dependency, each module named by the stage it does:
//
//   TavleConcurrency, TavleModel, TavleStats          (each depends on no other module)
//   TavleParse        ← Model
//   TavlePrompts      ← Model, Parse
//   TavleData         ← Model, Parse                  (SQLite through GRDB, text folders)
//   TavlePostgres     ← Model, Parse, Data            (libpq)
//   TavleRender       ← Model, Stats                  (cmark-gfm; only formats)
//   TavleGit          ← Concurrency                   (libgit2, packs)
//   TavleHistory      ← Concurrency, Model, Git       (the ledger and its events)
//   TavleWorkspace    ← Model, Parse, Data, Postgres  (tavle.yaml, data sources, teams, locks)
//   TavleArchive      ← Model, Git, History, Workspace (the report repository and its layout)
//   TavleRun          ← all of the above              (the run, handouts, printing)
//   TavleAudit        ← Run and below                 (verify, cite, diff, history, log, push)
//   TavleExport       ← Audit and below               (export: tidy tables for research)
//   TavleImport       ← Run and below                 (import, data load)
//   TavleEdit         ← Run and below                 (a journal changed from a form: text, checks, commit)
//   TavleServe        ← Edit, Audit, Import and below (tavle serve: access, sessions, pages; FlyingFox)
//   TavleCLI          ← Run, Audit, Export, Import, Serve (argument parsing and printing)
//   tavle             ← CLI
let package = Package(
    name: "Tavle",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tavle", targets: ["tavle"]),
        .library(name: "TavleRun", targets: ["TavleRun"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // The web server of `tavle serve`: HTTP/1.1 on async/await and BSD sockets, no other
        // dependency. Hummingbird (on swift-nio) took 235 s to build in release on 2 cores
        // against FlyingFox's 35 s, which would have put `make demo` past its 6 minutes
        // (docs/performance.md).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(name: "CLibGit2", pkgConfig: "libgit2", providers: [.apt(["libgit2-dev"])]),
        .systemLibrary(name: "CPackSupport", providers: [.apt(["zlib1g-dev", "libmbedtls-dev"])]),
        // PostgreSQL's own client library, with its TLS (OpenSSL) and SCRAM: no second TLS
        // stack compiled from source.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        // A concurrent map and a lock box: the one place threads share anything.
        .target(name: "TavleConcurrency"),
        // The word catalogs are built in as Swift (EmbeddedCatalogs.swift, by scripts/catalogs.py embed).
        .target(name: "TavleModel", exclude: ["Catalogs"]),
        .target(
            name: "TavleParse",
            dependencies: ["TavleModel", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "TavleData",
            dependencies: [
                "TavleModel", "TavleParse",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "TavleStats"),
        // The PostgreSQL source, apart so that libpq stays out of the rest.
        .target(name: "TavlePostgres", dependencies: ["TavleModel", "TavleParse", "TavleData", "CLibPQ"]),
        // The worksheet prompt library: YAML files shipped as a resource, read through TavleParse.
        .target(name: "TavlePrompts", dependencies: ["TavleModel", "TavleParse"], resources: [.copy("Library")]),
        .target(name: "TavleRender", dependencies: ["TavleModel", "TavleStats", "CCmarkGFM"]),
        .target(name: "TavleGit", dependencies: ["TavleConcurrency", "CLibGit2", "CPackSupport"]),
        .target(name: "TavleHistory", dependencies: ["TavleConcurrency", "TavleModel", "TavleGit", "TavleParse"]),
        // Finding and reading a workspace: tavle.yaml, its data source, teams, locks.
        .target(name: "TavleWorkspace", dependencies: ["TavleModel", "TavleParse", "TavleData", "TavlePostgres"]),
        // The report repository: staging, committing, the install journal, every path rule.
        .target(name: "TavleArchive", dependencies: ["TavleModel", "TavleGit", "TavleHistory", "TavleWorkspace"]),
        .target(
            name: "TavleRun",
            dependencies: [
                "TavleConcurrency", "TavleModel", "TavleParse", "TavlePrompts", "TavleData", "TavlePostgres",
                "TavleStats", "TavleRender", "TavleGit",
                "TavleHistory", "TavleWorkspace", "TavleArchive",
            ]),
        // What a report repository can tell afterwards: verify, diff, history, trace, log, push.
        .target(
            name: "TavleAudit",
            dependencies: [
                "TavleModel", "TavleParse", "TavleData", "TavleStats", "TavleRender", "TavleGit", "TavleHistory",
                "TavleWorkspace", "TavleArchive", "TavleRun",
            ]
        ),
        // The report repository as tidy tables for research (`export`): a Frictionless Data Package.
        .target(
            name: "TavleExport",
            dependencies: [
                "TavleModel", "TavleParse", "TavleGit", "TavleHistory", "TavleArchive", "TavleRun", "TavleAudit",
                "TavleWorkspace",
            ]),
        // Numbers into the workspace's data: filled-in forms (`import`) and `data load`.
        .target(
            name: "TavleImport",
            dependencies: ["TavleModel", "TavleParse", "TavleData", "TavlePostgres", "TavleWorkspace", "TavleRun"]),
        // A team's journal changed from a form: YAML edited as text (comments and layout kept),
        // checked by the same code as `tavle run`, written and committed as one step.
        .target(
            name: "TavleEdit",
            dependencies: [
                "TavleModel", "TavleParse", "TavleData", "TavlePostgres", "TavleGit", "TavleHistory", "TavleWorkspace",
                "TavleArchive", "TavleRun",
            ]),
        // `tavle serve`: sign-in links, sessions, the pages of teams, facilitator and researchers.
        .target(
            name: "TavleServe",
            dependencies: [
                "TavleModel", "TavleParse", "TavleGit", "TavleHistory", "TavleWorkspace", "TavleArchive", "TavleRun",
                "TavleAudit", "TavleEdit", "TavleImport", "TavleConcurrency", "CPackSupport",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            // FlyingFox's proxy handler (unused here) brings FoundationNetworking, whose
            // static archive (make release links the runtime statically) needs libcurl.
            linkerSettings: [.linkedLibrary("curl", .when(platforms: [.linux]))]),
        .target(
            name: "TavleCLI",
            dependencies: [
                "TavleModel", "TavleWorkspace", "TavleArchive", "TavleRun", "TavleAudit", "TavleImport", "TavleExport",
                "TavleServe", "TavleEdit", "TavleParse", "TavleConcurrency",
                "TavleStats", "TavleHistory",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "tavle", dependencies: ["TavleCLI"]),
        // Not part of tavle: `swift run -c release tavle-benchmarks` times the statistics.
        .executableTarget(name: "tavle-benchmarks", dependencies: ["TavleStats"]),
        .executableTarget(name: "tavle-history-fixture", dependencies: ["TavleModel", "TavleGit", "TavleHistory"]),
        .testTarget(name: "TavleConcurrencyTests", dependencies: ["TavleConcurrency"]),
        .testTarget(name: "TavleModelTests", dependencies: ["TavleModel"]),
        .testTarget(name: "TavleWorkspaceTests", dependencies: ["TavleWorkspace"]),
        .testTarget(name: "TavleArchiveTests", dependencies: ["TavleArchive", "TavleGit"]),
        .testTarget(name: "TavleImportTests", dependencies: ["TavleImport", "TavleModel", "TavleParse"]),
        .testTarget(name: "TavleParseTests", dependencies: ["TavleParse"]),
        .testTarget(name: "TavlePromptsTests", dependencies: ["TavlePrompts"]),
        .testTarget(name: "TavleStatsTests", dependencies: ["TavleStats"]),
        .testTarget(name: "TavlePostgresTests", dependencies: ["TavlePostgres"]),
        .testTarget(name: "TavleGitTests", dependencies: ["TavleGit"]),
        .testTarget(name: "TavleHistoryTests", dependencies: ["TavleHistory"]),
        .testTarget(
            name: "TavleDataTests", dependencies: ["TavleData", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "TavleRenderTests", dependencies: ["TavleRender", "TavleRun"], exclude: ["Golden"]),
        .testTarget(name: "TavleRunTests", dependencies: ["TavleRun", "TavleModel"]),
        .testTarget(name: "TavleAuditTests", dependencies: ["TavleAudit"]),
        .testTarget(name: "TavleExportTests", dependencies: ["TavleExport"]),
        .testTarget(name: "TavleEditTests", dependencies: ["TavleEdit", "TavleParse", "TavleModel"]),
        .testTarget(name: "TavleServeTests", dependencies: ["TavleServe", "TavleHistory", "TavleConcurrency"]),
        .testTarget(
            name: "TavleCLITests",
            dependencies: ["TavleCLI", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(
            name: "TavleEndToEndTests",
            dependencies: [
                "TavleData", "TavlePostgres", "TavleWorkspace", "TavleArchive", "TavleRun", "TavleAudit", "TavleImport",
                "TavleConcurrency", "tavle",
            ]),
    ]
)
