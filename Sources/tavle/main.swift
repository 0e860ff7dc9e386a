import TavleCLI

TavleCommand.main()
