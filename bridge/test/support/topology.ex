defmodule ExESDBTop.Bridge.Test.Topology do
  @moduledoc """
  A stand-in `ExESDBTop.Bridge.Topology`: answers what `put/3` stored for a store;
  `:hang` makes the lookup never return, `:raise` makes it raise.
  """

  @behaviour ExESDBTop.Bridge.Topology

  @doc "Sets what `leader/1` and `members/1` answer for `store`."
  def put(store, leader, members),
    do: :persistent_term.put({__MODULE__, store}, {leader, members})

  @impl true
  def leader(store), do: store |> answers() |> elem(0) |> act()

  @impl true
  def members(store), do: store |> answers() |> elem(1) |> act()

  defp answers(store),
    do:
      :persistent_term.get(
        {__MODULE__, store},
        {{:error, :unknown_store}, {:error, :unknown_store}}
      )

  defp act(:hang), do: Process.sleep(:infinity)
  defp act(:raise), do: raise("khepri exploded")
  defp act(answer), do: answer
end
