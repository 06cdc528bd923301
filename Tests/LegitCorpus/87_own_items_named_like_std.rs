//@ arg: steps text
//@ returns: text
//@ strict
//@ call: "'load,check,exit'"
//@ expect: process: loaded -> checked -> exited (3 steps, slept 0)
// the body's own module `process`, its own `sleep`, its own `Command` and `File`
mod process {
    #[derive(Debug)]
    pub enum Command { Load, Check, Exit }
    pub fn run(c: &Command) -> &'static str {
        match c { Command::Load => "loaded", Command::Check => "checked", Command::Exit => "exited" }
    }
}
use process::Command;
use process::Command::*;
struct File { name: String }
fn sleep(ms: u64) -> u64 { ms * 0 }
let cmds: Vec<Command> = steps.split(',').filter_map(|s| match s { "load" => Some(Load), "check" => Some(Check), "exit" => Some(Exit), _ => None }).collect();
let f = File { name: "process".to_string() };
let trail: Vec<&str> = cmds.iter().map(process::run).collect();
Ok(Some(format!("{}: {} ({} steps, slept {})", f.name, trail.join(" -> "), cmds.len(), sleep(100))))
