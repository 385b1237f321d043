package dev.rapport.bot.discord.loopback;

import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/** Hands JDA the loopback gateway's address instead of Discord's. */
final class LoopbackSessionController extends ConcurrentSessionController {

    private final String gatewayUrl;

    LoopbackSessionController(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }
}
