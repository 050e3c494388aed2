defmodule ExESDBTop.Bridge.Test.PubSub do
  @moduledoc """
  A stand-in for Phoenix.PubSub on one node: a duplicate-key Registry registered under
  the server's name (as Phoenix.PubSub registers its own), with `subscribe/2` and
  `broadcast/3`.
  """

  @doc "Child spec for a server named `name`."
  def child_spec(name),
    do: Supervisor.child_spec({Registry, keys: :duplicate, name: name}, id: name)

  @doc "Subscribes the caller to `topic` on `server`."
  def subscribe(server, topic) do
    {:ok, _owner} = Registry.register(server, topic, nil)
    :ok
  end

  @doc "Sends `message` to every subscriber of `topic` on `server`."
  def broadcast(server, topic, message) do
    Registry.dispatch(server, topic, fn entries ->
      Enum.each(entries, fn {pid, _} -> send(pid, message) end)
    end)
  end
end
