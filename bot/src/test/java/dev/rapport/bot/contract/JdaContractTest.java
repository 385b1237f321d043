package dev.rapport.bot.contract;

/** The port's contract on the JDA adapter. */
class JdaContractTest extends PlatformContract {
    @Override
    String platform() {
        return "jda";
    }
}
