//! The `factlint` binary: parses arguments and calls the library.

use std::io::{self, IsTerminal, Write};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;
use jiff::civil::Date;

use factlint::commands::check::{CheckOptions, FixMode};
use factlint::commands::report::{self as report_command, ReportOptions};
use factlint::commands::rules::RulesFormat;
use factlint::commands::{self, Exit, Format};
use factlint::config::{Config, FailOn};
use factlint::render::human::{self, Style};
use factlint::{editorial, progress, stdio};

/// Lint news articles against editors' fact sheets.
#[derive(Parser)]
#[command(version, about, long_about = None)]
#[command(after_help = "Example: factlint check corpus/ --rules rules/ --format short")]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// When to use colours (NO_COLOR is honoured with `auto`).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    color: ColorChoice,
    /// Neither read nor write the cache of checked articles (`cache:` of factlint.yaml).
    #[arg(long, global = true)]
    no_cache: bool,
}

#[derive(Subcommand)]
enum Command {
    #[command(flatten)]
    Project(ProjectCommand),
    /// Start a project: write factlint.yaml and an example fact sheet (never overwrites).
    ///
    /// Example: factlint init newsroom/
    Init {
        /// The folder to write into (default: the working directory).
        #[arg(default_value = ".")]
        folder: PathBuf,
    },
    /// Print the reference bundled with this binary: the fact-sheet language, the JSON
    /// output, the other formats.
    ///
    /// Example: factlint docs language | less
    Docs {
        /// The document; without one, the list of topics.
        #[arg(value_parser = commands::docs::TOPIC_NAMES)]
        topic: Option<String>,
    },
    /// Serve editors: a Language Server Protocol server on standard input and output, for
    /// VS Code, Neovim, Helix and any other LSP client (see the README).
    ///
    /// Example: factlint lsp
    Lsp,
    /// Print a shell completion script.
    ///
    /// Example: factlint completions bash > ~/.local/share/bash-completion/completions/factlint
    Completions { shell: Shell },
}

/// Commands that read the project's factlint.yaml.
#[derive(Subcommand)]
enum ProjectCommand {
    /// Check articles against the fact sheets.
    ///
    /// With only some files given (as pre-commit does), only those are checked, against the
    /// rules of factlint.yaml.
    ///
    /// Example: factlint check corpus/ --rules rules/ --fail-on warning
    Check {
        /// Articles or folders (default: `corpus` of factlint.yaml).
        paths: Vec<PathBuf>,
        /// Rule files or folders (default: `rules` of factlint.yaml).
        #[arg(long, short)]
        rules: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
        format: OutputFormat,
        /// Exit 1 when a finding of this severity or above is reported (default from
        /// factlint.yaml, else `error`).
        #[arg(long, value_enum)]
        fail_on: Option<FailOnArg>,
        /// Print nothing when there is nothing to report, and no progress bar.
        #[arg(long, short)]
        quiet: bool,
        /// Publication date (YYYY-MM-DD) for articles whose front matter has none.
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
        /// Apply the certain fixes (house-style `prefer` terms) to the articles, then report
        /// what is left.
        #[arg(long, conflicts_with = "diff")]
        fix: bool,
        /// Print the certain fixes as a unified diff instead of writing them; exit 1 when
        /// there is one.
        #[arg(long)]
        diff: bool,
        /// List, as info, the quotations of an entity found in none of its known quotes
        /// (default from `checks: unknown-quote` of factlint.yaml, else off).
        #[arg(long)]
        unknown_quotes: bool,
        /// Articles checked at once (default: one per core; 1 checks them one by one).
        #[arg(long, short)]
        jobs: Option<NonZeroUsize>,
    },
    /// Show a fact: its assertion, source and note, and which articles break it.
    ///
    /// Example: factlint explain kim-visit
    Explain {
        /// The fact's id, `story/fact`, or `fact` alone when only one story has it.
        fact: String,
        /// Articles or folders (default: `corpus` of factlint.yaml).
        paths: Vec<PathBuf>,
        /// Rule files or folders (default: `rules` of factlint.yaml).
        #[arg(long, short)]
        rules: Vec<PathBuf>,
        /// Publication date (YYYY-MM-DD) for articles whose front matter has none.
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
    },
    /// Print what factlint reads in articles (quantities, dates, quotes, attributions) as
    /// JSON Lines, one object per file.
    ///
    /// Example: factlint extract corpus/001_f57fd56798eb5d08.md --date 2024-01-04
    Extract {
        /// Articles or folders; `-` reads standard input as plain text.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Publication date (YYYY-MM-DD) for articles whose front matter has none.
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
        #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
        format: ExtractFormat,
    },
    /// Write an editorial report: a summary, the matrix of articles × facts, how each
    /// article states each fact, and every article's text with its findings.
    ///
    /// Example: factlint report corpus/ -o report.html
    Report {
        /// Articles or folders (default: `corpus` of factlint.yaml).
        paths: Vec<PathBuf>,
        /// Rule files or folders (default: `rules` of factlint.yaml).
        #[arg(long, short)]
        rules: Vec<PathBuf>,
        /// `html`: one self-contained page; `md`: summary, matrix and findings for a ticket
        /// (default from factlint.yaml, else `html`).
        #[arg(long, value_enum)]
        format: Option<ReportFormat>,
        /// The file to write, `-` for standard output (default from factlint.yaml, else
        /// factlint-report.html or .md).
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Publication date (YYYY-MM-DD) for articles whose front matter has none.
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
        /// Articles checked at once (default: one per core).
        #[arg(long, short)]
        jobs: Option<NonZeroUsize>,
    },
    /// Validate, list and describe fact sheets.
    ///
    /// Example: factlint rules check rules/
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Report every error in the rule files; exit 0 when there is none, 2 otherwise. With
    /// --corpus, also the articles no sheet applies to and the facts no article mentions.
    ///
    /// Example: factlint rules check rules/ --corpus corpus/
    Check {
        /// Rule files or folders (default: `rules` of factlint.yaml).
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = RulesFormatArg::Human)]
        format: RulesFormatArg,
        /// Articles or folders: name those no sheet applies to and the facts none of them
        /// mentions, without checking them.
        #[arg(long, num_args = 1..)]
        corpus: Vec<PathBuf>,
    },
    /// Run the rule tests: each fact's `examples:` (sentences that must give a finding and
    /// sentences that must not); exit 1 when one fails.
    ///
    /// Example: factlint rules test rules/
    Test {
        /// Rule files or folders (default: `rules` of factlint.yaml).
        paths: Vec<PathBuf>,
    },
    /// List every fact with its kind, severity and assertion.
    ///
    /// Example: factlint rules list
    List {
        /// Rule files or folders (default: `rules` of factlint.yaml).
        paths: Vec<PathBuf>,
    },
    /// Print the JSON Schema of fact sheets, for completion and validation in YAML editors.
    ///
    /// Example: factlint rules schema > fact-sheet.schema.json
    Schema,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    /// Compiler-style diagnostics.
    Human,
    /// One JSON document (docs/json.md).
    Json,
    /// JSON Lines: one finding per line.
    Jsonl,
    /// SARIF 2.1.0 for code-scanning dashboards.
    Sarif,
    /// GitHub Actions annotations.
    Github,
    /// path:line:col: severity[fact] message
    Short,
}

#[derive(Clone, Copy, ValueEnum)]
enum RulesFormatArg {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    Html,
    Md,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    /// JSON Lines: one `{"file", "mentions"}` object per input file.
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOnArg {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let style = Style {
        color: use_color(cli.color),
        width: 100,
    };
    if let Command::Lsp = cli.command {
        // Before standard output is locked: the server's writer thread takes it.
        return match factlint::lsp::run_stdio() {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("factlint lsp: {message}");
                ExitCode::from(Exit::Error as u8)
            }
        };
    }
    let streams = stdio::standard();
    let (mut out, mut err) = (streams.out(), streams.err());
    let exit = match cli.command {
        Command::Completions { shell } => {
            // Generated into memory: clap_complete panics on a failed write (a full disk).
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "factlint", &mut script);
            out.write_all(&script).map(|()| Exit::Clean)
        }
        Command::Docs { topic } => commands::docs::run(topic.as_deref(), &mut out),
        Command::Init { folder } => commands::init::run(&folder, &mut out, &mut err),
        // Served above, before standard output was locked.
        Command::Lsp => Ok(Exit::Clean),
        Command::Project(command) => match discover_config() {
            Ok(mut config) => {
                if cli.no_cache {
                    config.cache = None;
                }
                run(command, &config, style, &mut out, &mut err)
            }
            Err(message) => writeln!(err, "{message}").map(|()| Exit::Error),
        },
    };
    exit_code(exit.and_then(|exit| streams.flush().map(|()| exit)))
}

fn discover_config() -> Result<Config, String> {
    std::env::current_dir()
        .map_err(|e| e.to_string())
        .and_then(|cwd| Config::discover(&cwd).map_err(|p| human::one_line(&p)))
}

fn run(
    command: ProjectCommand,
    config: &Config,
    style: Style,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Exit> {
    match command {
        ProjectCommand::Check {
            paths,
            rules,
            format,
            fail_on,
            quiet,
            date,
            fix,
            diff,
            unknown_quotes,
            jobs,
        } => {
            let options = CheckOptions {
                paths: or_default(paths, &config.corpus),
                rules: or_default(rules, &config.rules),
                exclude: config.excluded(),
                format: format.into(),
                fail_on: fail_on.map_or(config.fail_on, FailOn::from),
                builtins: config.builtin_checks(),
                unknown_quotes: unknown_quotes || config.unknown_quotes,
                publication_date: date,
                style,
                quiet,
                fix: match (fix, diff) {
                    (_, true) => FixMode::Diff,
                    (true, false) => FixMode::Apply,
                    (false, false) => FixMode::Report,
                },
                progress: progress::wanted(
                    io::stderr().is_terminal(),
                    std::env::var_os("CI").as_deref(),
                    quiet,
                ),
                max_article_bytes: config.max_article_bytes,
                jobs,
                cache: config.cache.clone(),
            };
            commands::check::run(&options, out, err)
        }
        ProjectCommand::Explain {
            fact,
            paths,
            rules,
            date,
        } => {
            let options = CheckOptions {
                paths: or_default(paths, &config.corpus),
                rules: or_default(rules, &config.rules),
                builtins: config.builtin_checks(),
                unknown_quotes: config.unknown_quotes,
                publication_date: date,
                max_article_bytes: config.max_article_bytes,
                cache: config.cache.clone(),
                ..CheckOptions::new(style)
            };
            commands::explain::run(&fact, &options, out, err)
        }
        ProjectCommand::Report {
            paths,
            rules,
            format,
            output,
            date,
            jobs,
        } => {
            let format = format.map_or(config.report.format, |f| match f {
                ReportFormat::Html => editorial::Format::Html,
                ReportFormat::Md => editorial::Format::Markdown,
            });
            let output = output
                .or_else(|| config.report.output.clone())
                .unwrap_or_else(|| report_command::default_output(format));
            let check = CheckOptions {
                paths: or_default(paths, &config.corpus),
                rules: or_default(rules, &config.rules),
                exclude: config.excluded(),
                builtins: config.builtin_checks(),
                unknown_quotes: config.unknown_quotes,
                publication_date: date,
                quiet: true,
                max_article_bytes: config.max_article_bytes,
                jobs,
                cache: config.cache.clone(),
                ..CheckOptions::new(style)
            };
            let options = ReportOptions {
                check,
                format,
                output,
            };
            report_command::run(&options, out, err)
        }
        ProjectCommand::Extract {
            paths,
            date,
            format: ExtractFormat::Json,
        } => commands::extract::run(&paths, date, config.max_article_bytes, out, err),
        ProjectCommand::Rules { command } => match command {
            RulesCommand::Check {
                paths,
                format,
                corpus,
            } => commands::rules::check(
                &or_default(paths, &config.rules),
                &corpus,
                config.max_article_bytes,
                match format {
                    RulesFormatArg::Human => RulesFormat::Human,
                    RulesFormatArg::Json => RulesFormat::Json,
                },
                style,
                out,
                err,
            ),
            RulesCommand::Test { paths } => {
                commands::rules::test(&or_default(paths, &config.rules), style, out, err)
            }
            RulesCommand::List { paths } => {
                commands::rules::list(&or_default(paths, &config.rules), style, out, err)
            }
            RulesCommand::Schema => commands::rules::schema(out),
        },
    }
}

fn exit_code(exit: io::Result<Exit>) -> ExitCode {
    match exit {
        Ok(exit) => ExitCode::from(exit as u8),
        // A closed pipe (`factlint check | head`) is not an error.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(Exit::Error as u8)
        }
    }
}

fn parse_date(text: &str) -> Result<Date, String> {
    text.parse()
        .map_err(|_| format!("'{text}' is not a date; write YYYY-MM-DD"))
}

fn or_default(given: Vec<PathBuf>, default: &[PathBuf]) -> Vec<PathBuf> {
    if given.is_empty() {
        default.to_vec()
    } else {
        given
    }
}

fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && io::stdout().is_terminal()
                && io::stderr().is_terminal()
        }
    }
}

impl From<OutputFormat> for Format {
    fn from(format: OutputFormat) -> Self {
        match format {
            OutputFormat::Human => Format::Human,
            OutputFormat::Json => Format::Json,
            OutputFormat::Jsonl => Format::Jsonl,
            OutputFormat::Sarif => Format::Sarif,
            OutputFormat::Github => Format::Github,
            OutputFormat::Short => Format::Short,
        }
    }
}

impl From<FailOnArg> for FailOn {
    fn from(arg: FailOnArg) -> Self {
        use factlint::finding::Severity;
        match arg {
            FailOnArg::Error => FailOn::Severity(Severity::Error),
            FailOnArg::Warning => FailOn::Severity(Severity::Warning),
            FailOnArg::Info => FailOn::Severity(Severity::Info),
            FailOnArg::Never => FailOn::Never,
        }
    }
}
