//! `cargo xtask bench <what>`: figures against the budgets.

#[derive(clap::Args)]
pub struct Args {
    /// What to measure.
    what: String,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    anyhow::bail!("unknown benchmark {:?}", args.what)
}
