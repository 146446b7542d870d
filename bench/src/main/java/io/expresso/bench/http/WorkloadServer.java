package io.expresso.bench.http;

import io.expresso.bench.Workloads;
import io.expresso.http.ExpressoServer;
import io.expresso.http.ServerConfig;
import io.expresso.runtime.RuntimeConfig;
import java.nio.file.Path;

/**
 * {@code WorkloadServer --definitions DIR [--port P]}: {@code expresso serve} with the order-pipeline
 * task handlers bound, which the command cannot do (its Task states have no handlers). Deploys
 * every {@code DIR/<name>.asl.json} as the EXPRESS machine {@code <name>}, prints where it listens
 * and serves until killed.
 */
public final class WorkloadServer {

    private WorkloadServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 8083;
        Path definitions = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port": port = Integer.parseInt(args[i + 1]); break;
                case "--definitions": definitions = Path.of(args[i + 1]); break;
                default: throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (definitions == null) {
            throw new IllegalArgumentException("--definitions DIR is needed");
        }
        ExpressoServer server = ExpressoServer.start(new ServerConfig().port(port).definitions(definitions)
            .runtime(new RuntimeConfig().taskHandlers(Workloads.taskHandlers())));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        server.printStartup(System.out);
        server.awaitClose();
    }
}
