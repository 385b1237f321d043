package dev.rapport.bot.ops;

/**
 * The running process's management side: the endpoint and the meters it serves. Started before the bot connects
 * (so that health answers while it logs in), closed after everything else (so that it answers while it stops).
 */
public final class Management implements AutoCloseable {
    private final ManagementServer server;
    private final ServiceMeters meters;

    public Management(ManagementServer server, ServiceMeters meters) {
        this.server = server;
        this.meters = meters;
    }

    /** @throws ManagementServer.CannotListen when the port is taken */
    public void start() {
        server.start();
    }

    /** The port the endpoint listens on; -1 when disabled. */
    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
        meters.close();
    }
}
