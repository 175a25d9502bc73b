package dev.srdi.cli.main;

import dev.srdi.cli.ExitCode;
import dev.srdi.cli.command.CheckCommand;
import dev.srdi.cli.command.CompareCommand;
import dev.srdi.cli.command.DemoCommand;
import dev.srdi.cli.command.DutiesCommand;
import dev.srdi.cli.command.EvaluateCommand;
import dev.srdi.cli.command.GenerateCommand;
import dev.srdi.cli.command.JurisdictionsCommand;
import dev.srdi.cli.command.MeasuresCommand;
import dev.srdi.cli.command.TargetsCommand;
import dev.srdi.cli.command.ValidateCommand;
import dev.srdi.cli.command.WhatIfCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: only lists the subcommands. */
@Command(
    name = "srdi",
    mixinStandardHelpOptions = true,
    version = "srdi 0.1.0 (srdi-scenario/1, srdi-evaluation/1)",
    description = {
        "SME cultivation policy as code: which awards, subsidies and priorities a city grants an enterprise,",
        "how much, under which clause, paid from which fund and owed by which department.",
        "Start with: srdi demo"},
    subcommands = {
        DemoCommand.class,
        JurisdictionsCommand.class,
        MeasuresCommand.class,
        ValidateCommand.class,
        EvaluateCommand.class,
        CompareCommand.class,
        WhatIfCommand.class,
        TargetsCommand.class,
        DutiesCommand.class,
        GenerateCommand.class,
        CheckCommand.class},
    footer = {"", "Exit codes: 0 success; 2 invalid input or arguments (nothing on stdout); 1 anything else."})
public final class SrdiCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("srdi: a command is required");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.INVALID;
  }
}
