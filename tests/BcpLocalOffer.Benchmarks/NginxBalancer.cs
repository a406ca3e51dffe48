using System.Diagnostics;
using System.Net.Sockets;

namespace BcpLocalOffer.Benchmarks;

/// <summary>
/// Debian's nginx, started by the benchmark on loopback with a configuration of its own: one port
/// balancing over every node (round robin, retrying idempotent requests on the other node, as the
/// README's sample does) and one port in front of the first node alone, for comparison.
/// </summary>
internal sealed class NginxBalancer : IAsyncDisposable
{
    private const string Binary = "/usr/sbin/nginx";

    private readonly Process process;
    private readonly string folder;

    private NginxBalancer(Process process, string folder, int allPort, int firstPort)
    {
        this.process = process;
        this.folder = folder;
        AllNodes = new Uri($"http://127.0.0.1:{allPort}");
        FirstNodeOnly = new Uri($"http://127.0.0.1:{firstPort}");
    }

    public Uri AllNodes { get; }

    public Uri FirstNodeOnly { get; }

    public static async Task<NginxBalancer> StartAsync(IReadOnlyList<Uri> nodes, CancellationToken cancellationToken)
    {
        await DebianPackages.EnsureAsync("nginx", () => File.Exists(Binary), cancellationToken);
        var folder = Directory.CreateTempSubdirectory("bcp-localoffer-nginx-").FullName;
        var (allPort, firstPort) = (SiteProcess.FindFreePort(), SiteProcess.FindFreePort());
        string Servers(IEnumerable<Uri> some) => string.Concat(some.Select(n => $"        server {n.Authority} max_fails=1 fail_timeout=2s;\n"));
        var location = """
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                    proxy_set_header Host $host;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Proto $scheme;
                    proxy_next_upstream error timeout http_502 http_503;
                    proxy_next_upstream_tries 2;
                    proxy_connect_timeout 2s;
            """;
        var config = $$"""
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            worker_processes 2;
            daemon off;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 4096; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                upstream all_nodes {
            {{Servers(nodes)}}        keepalive 64;
                }
                upstream first_node {
            {{Servers(nodes.Take(1))}}        keepalive 64;
                }
                server {
                    listen 127.0.0.1:{{allPort}};
                    location / {
                        proxy_pass http://all_nodes;
            {{location}}
                    }
                }
                server {
                    listen 127.0.0.1:{{firstPort}};
                    location / {
                        proxy_pass http://first_node;
            {{location}}
                    }
                }
            }
            """;
        var configFile = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(configFile, config, cancellationToken);
        var process = Process.Start(new ProcessStartInfo(Binary, $"-p {folder} -c {configFile}") { UseShellExecute = false, RedirectStandardError = true })
            ?? throw new BenchmarkFailedException("Could not start nginx.");
        var balancer = new NginxBalancer(process, folder, allPort, firstPort);
        await balancer.WaitUntilListeningAsync(allPort, cancellationToken);
        return balancer;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private async Task WaitUntilListeningAsync(int port, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            if (process.HasExited)
            {
                throw new BenchmarkFailedException($"nginx exited with {process.ExitCode}.", [await process.StandardError.ReadToEndAsync(cancellationToken)]);
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, cancellationToken);
                return;
            }
            catch (SocketException) when (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }
}
