"""One module per screen, each composing its generated form as ``self.ui``."""
