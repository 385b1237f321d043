package dev.rapport.bot.contract;

/** The port's contract on the Javacord adapter, whose REST calls reach the loopback server through the HTTPS proxy. */
class JavacordContractTest extends PlatformContract {
    @Override
    String platform() {
        return "javacord";
    }
}
