defmodule ExESDBTop.Bridge.ConfigTest do
  use ExUnit.Case, async: false

  alias ExESDBTop.Bridge.Config

  test "defaults: loopback 7755, the gater's secret lookup, every ExESDB monitoring topic" do
    config = Config.new(secret: nil)
    assert {config.ip, config.port} == {{127, 0, 0, 1}, 7755}
    assert config.pubsub_module == Phoenix.PubSub

    subscriptions = Config.default_subscriptions([:reg_gh])

    for expected <- [
          {:ex_esdb_health, "cluster:health"},
          {:ex_esdb_health, "reg_gh:health"},
          {:ex_esdb_metrics, "persistence"},
          {:ex_esdb_metrics, "system_resources"},
          {:ex_esdb_alerts, "node_failure"},
          {:ex_esdb_alerts, "resource_warning"},
          {:ex_esdb_alerts, "alerts"},
          {:ex_esdb_diagnostics, "debug_traces"},
          {:ex_esdb_logging, "logging:store:reg_gh"}
        ] do
      assert expected in subscriptions
    end

    refute {:ex_esdb_logging, "logging:emitter_worker"} in subscriptions
    assert {:ex_esdb_logging, "logging:emitter_worker"} in Config.default_subscriptions([])
  end

  test "options override the application environment, which overrides the defaults" do
    Application.put_env(:exesdb_top_bridge, :port, 9000)
    Application.put_env(:exesdb_top_bridge, :heartbeat_interval_ms, 500)

    on_exit(fn ->
      Enum.each([:port, :heartbeat_interval_ms], &Application.delete_env(:exesdb_top_bridge, &1))
    end)

    config =
      Config.new(
        port: 9001,
        ip: "::1",
        extra_subscriptions: [{:ex_esdb_system, "system"}],
        secret: nil
      )

    assert {config.port, config.heartbeat_interval_ms, config.ip} ==
             {9001, 500, {0, 0, 0, 0, 0, 0, 0, 1}}

    assert List.last(config.subscriptions) == {:ex_esdb_system, "system"}
  end

  test "finds the secret and the store as an ExESDB node configures them" do
    Application.put_env(:ex_esdb_gater, :secret_key_base, "from-gater")
    Application.put_env(:ex_esdb, :khepri, store_id: :reg_gh)

    on_exit(fn ->
      Application.delete_env(:ex_esdb_gater, :secret_key_base)
      Application.delete_env(:ex_esdb, :khepri)
    end)

    config = Config.new([])
    assert {config.secret, config.stores} == {"from-gater", [:reg_gh]}
    assert {:ex_esdb_health, "reg_gh:health"} in config.subscriptions
    assert Config.new(secret: "given").secret == "given"
  end
end
