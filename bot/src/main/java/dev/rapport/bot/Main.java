package dev.rapport.bot;

import dev.rapport.bot.cli.RapportCommand;

/** Entry point of {@code rapport.jar}: hands the arguments to the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(RapportCommand.execute(args, System.out, System.err));
    }
}
