# Generated from forms/board_page.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget)

class Ui_BoardPage(object):
    def setupUi(self, BoardPage):
        if not BoardPage.objectName():
            BoardPage.setObjectName(u"BoardPage")
        BoardPage.resize(1200, 700)
        self.outerLayout = QVBoxLayout(BoardPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.titleBar = QHBoxLayout()
        self.titleBar.setObjectName(u"titleBar")
        self.title = QLabel(BoardPage)
        self.title.setObjectName(u"title")

        self.titleBar.addWidget(self.title)

        self.savedIndicator = QLabel(BoardPage)
        self.savedIndicator.setObjectName(u"savedIndicator")

        self.titleBar.addWidget(self.savedIndicator)


        self.outerLayout.addLayout(self.titleBar)

        self.tabs = QTabWidget(BoardPage)
        self.tabs.setObjectName(u"tabs")
        self.boardTab = QWidget()
        self.boardTab.setObjectName(u"boardTab")
        self.boardTabLayout = QVBoxLayout(self.boardTab)
        self.boardTabLayout.setObjectName(u"boardTabLayout")
        self.toolBar = QHBoxLayout()
        self.toolBar.setObjectName(u"toolBar")
        self.addIdea = QPushButton(self.boardTab)
        self.addIdea.setObjectName(u"addIdea")

        self.toolBar.addWidget(self.addIdea)

        self.moveLeft = QPushButton(self.boardTab)
        self.moveLeft.setObjectName(u"moveLeft")

        self.toolBar.addWidget(self.moveLeft)

        self.moveRight = QPushButton(self.boardTab)
        self.moveRight.setObjectName(u"moveRight")

        self.toolBar.addWidget(self.moveRight)

        self.moveTo = QPushButton(self.boardTab)
        self.moveTo.setObjectName(u"moveTo")

        self.toolBar.addWidget(self.moveTo)

        self.focusIdea = QPushButton(self.boardTab)
        self.focusIdea.setObjectName(u"focusIdea")

        self.toolBar.addWidget(self.focusIdea)

        self.wallMode = QPushButton(self.boardTab)
        self.wallMode.setObjectName(u"wallMode")

        self.toolBar.addWidget(self.wallMode)

        self.printPoster = QPushButton(self.boardTab)
        self.printPoster.setObjectName(u"printPoster")

        self.toolBar.addWidget(self.printPoster)


        self.boardTabLayout.addLayout(self.toolBar)

        self.message = QLabel(self.boardTab)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.boardTabLayout.addWidget(self.message)

        self.boardScroll = QScrollArea(self.boardTab)
        self.boardScroll.setObjectName(u"boardScroll")
        self.boardScroll.setWidgetResizable(True)
        self.boardContent = QWidget()
        self.boardContent.setObjectName(u"boardContent")
        self.boardContentLayout = QVBoxLayout(self.boardContent)
        self.boardContentLayout.setObjectName(u"boardContentLayout")
        self.columnsRow = QHBoxLayout()
        self.columnsRow.setObjectName(u"columnsRow")
        self.columnsHost = QHBoxLayout()
        self.columnsHost.setObjectName(u"columnsHost")

        self.columnsRow.addLayout(self.columnsHost)

        self.detailsBox = QGroupBox(self.boardContent)
        self.detailsBox.setObjectName(u"detailsBox")
        self.detailsLayout = QFormLayout(self.detailsBox)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.ideaTextLabel = QLabel(self.detailsBox)
        self.ideaTextLabel.setObjectName(u"ideaTextLabel")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ideaTextLabel)

        self.ideaText = QLineEdit(self.detailsBox)
        self.ideaText.setObjectName(u"ideaText")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ideaText)

        self.offeredByLabel = QLabel(self.detailsBox)
        self.offeredByLabel.setObjectName(u"offeredByLabel")

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.offeredByLabel)

        self.offeredBy = QLineEdit(self.detailsBox)
        self.offeredBy.setObjectName(u"offeredBy")

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.offeredBy)

        self.reasonLabel = QLabel(self.detailsBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QLineEdit(self.detailsBox)
        self.reason.setObjectName(u"reason")

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)

        self.youSaidLabel = QLabel(self.detailsBox)
        self.youSaidLabel.setObjectName(u"youSaidLabel")

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.youSaidLabel)

        self.youSaid = QPlainTextEdit(self.detailsBox)
        self.youSaid.setObjectName(u"youSaid")

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.youSaid)

        self.cycleLabelLabel = QLabel(self.detailsBox)
        self.cycleLabelLabel.setObjectName(u"cycleLabelLabel")

        self.detailsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cycleLabelLabel)

        self.cycleLabel = QLabel(self.detailsBox)
        self.cycleLabel.setObjectName(u"cycleLabel")
        self.cycleLabel.setWordWrap(True)

        self.detailsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cycleLabel)

        self.detailButtons = QHBoxLayout()
        self.detailButtons.setObjectName(u"detailButtons")
        self.saveIdea = QPushButton(self.detailsBox)
        self.saveIdea.setObjectName(u"saveIdea")

        self.detailButtons.addWidget(self.saveIdea)

        self.deleteIdea = QPushButton(self.detailsBox)
        self.deleteIdea.setObjectName(u"deleteIdea")

        self.detailButtons.addWidget(self.deleteIdea)


        self.detailsLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.detailButtons)


        self.columnsRow.addWidget(self.detailsBox)


        self.boardContentLayout.addLayout(self.columnsRow)

        self.panelsGrid = QGridLayout()
        self.panelsGrid.setObjectName(u"panelsGrid")
        self.focusBox = QGroupBox(self.boardContent)
        self.focusBox.setObjectName(u"focusBox")
        self.focusBoxLayout = QVBoxLayout(self.focusBox)
        self.focusBoxLayout.setObjectName(u"focusBoxLayout")
        self.focusText = QLabel(self.focusBox)
        self.focusText.setObjectName(u"focusText")
        self.focusText.setWordWrap(True)

        self.focusBoxLayout.addWidget(self.focusText)


        self.panelsGrid.addWidget(self.focusBox, 0, 0, 1, 1)

        self.measuresBox = QGroupBox(self.boardContent)
        self.measuresBox.setObjectName(u"measuresBox")
        self.measuresBoxLayout = QVBoxLayout(self.measuresBox)
        self.measuresBoxLayout.setObjectName(u"measuresBoxLayout")
        self.measuresHost = QVBoxLayout()
        self.measuresHost.setObjectName(u"measuresHost")

        self.measuresBoxLayout.addLayout(self.measuresHost)


        self.panelsGrid.addWidget(self.measuresBox, 0, 1, 1, 1)

        self.harmsBox = QGroupBox(self.boardContent)
        self.harmsBox.setObjectName(u"harmsBox")
        self.harmsBoxLayout = QVBoxLayout(self.harmsBox)
        self.harmsBoxLayout.setObjectName(u"harmsBoxLayout")
        self.harmsText = QLabel(self.harmsBox)
        self.harmsText.setObjectName(u"harmsText")
        self.harmsText.setWordWrap(True)

        self.harmsBoxLayout.addWidget(self.harmsText)


        self.panelsGrid.addWidget(self.harmsBox, 0, 2, 1, 1)

        self.celebrationsBox = QGroupBox(self.boardContent)
        self.celebrationsBox.setObjectName(u"celebrationsBox")
        self.celebrationsBoxLayout = QVBoxLayout(self.celebrationsBox)
        self.celebrationsBoxLayout.setObjectName(u"celebrationsBoxLayout")
        self.celebrationsText = QLabel(self.celebrationsBox)
        self.celebrationsText.setObjectName(u"celebrationsText")
        self.celebrationsText.setWordWrap(True)

        self.celebrationsBoxLayout.addWidget(self.celebrationsText)


        self.panelsGrid.addWidget(self.celebrationsBox, 1, 0, 1, 1)

        self.actionsBox = QGroupBox(self.boardContent)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsBoxLayout = QVBoxLayout(self.actionsBox)
        self.actionsBoxLayout.setObjectName(u"actionsBoxLayout")
        self.actionsText = QLabel(self.actionsBox)
        self.actionsText.setObjectName(u"actionsText")
        self.actionsText.setWordWrap(True)

        self.actionsBoxLayout.addWidget(self.actionsText)


        self.panelsGrid.addWidget(self.actionsBox, 1, 1, 1, 1)

        self.youSaidBox = QGroupBox(self.boardContent)
        self.youSaidBox.setObjectName(u"youSaidBox")
        self.youSaidBoxLayout = QVBoxLayout(self.youSaidBox)
        self.youSaidBoxLayout.setObjectName(u"youSaidBoxLayout")
        self.youSaidText = QLabel(self.youSaidBox)
        self.youSaidText.setObjectName(u"youSaidText")
        self.youSaidText.setWordWrap(True)

        self.youSaidBoxLayout.addWidget(self.youSaidText)


        self.panelsGrid.addWidget(self.youSaidBox, 1, 2, 1, 1)


        self.boardContentLayout.addLayout(self.panelsGrid)

        self.boardScroll.setWidget(self.boardContent)

        self.boardTabLayout.addWidget(self.boardScroll)

        self.tabs.addTab(self.boardTab, "")
        self.weeklyTab = QWidget()
        self.weeklyTab.setObjectName(u"weeklyTab")
        self.weeklyHostLayout = QVBoxLayout(self.weeklyTab)
        self.weeklyHostLayout.setObjectName(u"weeklyHostLayout")
        self.tabs.addTab(self.weeklyTab, "")

        self.outerLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.ideaTextLabel.setBuddy(self.ideaText)
        self.offeredByLabel.setBuddy(self.offeredBy)
        self.reasonLabel.setBuddy(self.reason)
        self.youSaidLabel.setBuddy(self.youSaid)
        self.cycleLabelLabel.setBuddy(self.cycleLabel)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BoardPage)

        QMetaObject.connectSlotsByName(BoardPage)
    # setupUi

    def retranslateUi(self, BoardPage):
        self.title.setText(QCoreApplication.translate("BoardPage", u"Improvement board", None))
        self.savedIndicator.setText("")
#if QT_CONFIG(accessibility)
        self.savedIndicator.setAccessibleName(QCoreApplication.translate("BoardPage", u"Save state", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("BoardPage", u"Board or weekly huddle", None))
#endif // QT_CONFIG(accessibility)
        self.addIdea.setText(QCoreApplication.translate("BoardPage", u"&Add idea\u2026", None))
#if QT_CONFIG(accessibility)
        self.addIdea.setAccessibleName(QCoreApplication.translate("BoardPage", u"Add an idea", None))
#endif // QT_CONFIG(accessibility)
        self.moveLeft.setText(QCoreApplication.translate("BoardPage", u"\u25c0 Move left", None))
#if QT_CONFIG(accessibility)
        self.moveLeft.setAccessibleName(QCoreApplication.translate("BoardPage", u"Move the card one column left (Ctrl+Left)", None))
#endif // QT_CONFIG(accessibility)
        self.moveRight.setText(QCoreApplication.translate("BoardPage", u"Move right \u25b6", None))
#if QT_CONFIG(accessibility)
        self.moveRight.setAccessibleName(QCoreApplication.translate("BoardPage", u"Move the card one column right (Ctrl+Right)", None))
#endif // QT_CONFIG(accessibility)
        self.moveTo.setText(QCoreApplication.translate("BoardPage", u"&Move to\u2026", None))
#if QT_CONFIG(accessibility)
        self.moveTo.setAccessibleName(QCoreApplication.translate("BoardPage", u"Move the card to a column", None))
#endif // QT_CONFIG(accessibility)
        self.focusIdea.setText(QCoreApplication.translate("BoardPage", u"This week's &focus", None))
#if QT_CONFIG(accessibility)
        self.focusIdea.setAccessibleName(QCoreApplication.translate("BoardPage", u"Make the card one of this week's focus, or take it off", None))
#endif // QT_CONFIG(accessibility)
        self.wallMode.setText(QCoreApplication.translate("BoardPage", u"F&ull screen (F11)", None))
#if QT_CONFIG(accessibility)
        self.wallMode.setAccessibleName(QCoreApplication.translate("BoardPage", u"Full screen with large type, for a wall screen", None))
#endif // QT_CONFIG(accessibility)
        self.printPoster.setText(QCoreApplication.translate("BoardPage", u"&Print poster\u2026", None))
#if QT_CONFIG(accessibility)
        self.printPoster.setAccessibleName(QCoreApplication.translate("BoardPage", u"Print the board as an A3 or A4 poster", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("BoardPage", u"Board message", None))
#endif // QT_CONFIG(accessibility)
        self.detailsBox.setTitle(QCoreApplication.translate("BoardPage", u"The chosen card", None))
        self.ideaTextLabel.setText(QCoreApplication.translate("BoardPage", u"&Idea", None))
#if QT_CONFIG(accessibility)
        self.ideaText.setAccessibleName(QCoreApplication.translate("BoardPage", u"Idea, in one line", None))
#endif // QT_CONFIG(accessibility)
        self.offeredByLabel.setText(QCoreApplication.translate("BoardPage", u"&Offered by", None))
#if QT_CONFIG(accessibility)
        self.offeredBy.setAccessibleName(QCoreApplication.translate("BoardPage", u"Offered by (blank for anonymous)", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("BoardPage", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("BoardPage", u"Reason for the column", None))
#endif // QT_CONFIG(accessibility)
        self.youSaidLabel.setText(QCoreApplication.translate("BoardPage", u"&You said, we did", None))
#if QT_CONFIG(accessibility)
        self.youSaid.setAccessibleName(QCoreApplication.translate("BoardPage", u"You said, we did", None))
#endif // QT_CONFIG(accessibility)
        self.cycleLabelLabel.setText(QCoreApplication.translate("BoardPage", u"PDSA cycle", None))
#if QT_CONFIG(accessibility)
        self.cycleLabel.setAccessibleName(QCoreApplication.translate("BoardPage", u"PDSA cycle of the idea", None))
#endif // QT_CONFIG(accessibility)
        self.saveIdea.setText(QCoreApplication.translate("BoardPage", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveIdea.setAccessibleName(QCoreApplication.translate("BoardPage", u"Save the card", None))
#endif // QT_CONFIG(accessibility)
        self.deleteIdea.setText(QCoreApplication.translate("BoardPage", u"&Delete", None))
#if QT_CONFIG(accessibility)
        self.deleteIdea.setAccessibleName(QCoreApplication.translate("BoardPage", u"Delete the card", None))
#endif // QT_CONFIG(accessibility)
        self.focusBox.setTitle(QCoreApplication.translate("BoardPage", u"This week's focus", None))
        self.focusText.setText("")
#if QT_CONFIG(accessibility)
        self.focusText.setAccessibleName(QCoreApplication.translate("BoardPage", u"This week's focus", None))
#endif // QT_CONFIG(accessibility)
        self.measuresBox.setTitle(QCoreApplication.translate("BoardPage", u"Key measures", None))
        self.harmsBox.setTitle(QCoreApplication.translate("BoardPage", u"Days since last harm", None))
        self.harmsText.setText("")
#if QT_CONFIG(accessibility)
        self.harmsText.setAccessibleName(QCoreApplication.translate("BoardPage", u"Days since last harm", None))
#endif // QT_CONFIG(accessibility)
        self.celebrationsBox.setTitle(QCoreApplication.translate("BoardPage", u"Celebrations and thanks", None))
        self.celebrationsText.setText("")
#if QT_CONFIG(accessibility)
        self.celebrationsText.setAccessibleName(QCoreApplication.translate("BoardPage", u"Celebrations and thanks", None))
#endif // QT_CONFIG(accessibility)
        self.actionsBox.setTitle(QCoreApplication.translate("BoardPage", u"Open improvement actions", None))
        self.actionsText.setText("")
#if QT_CONFIG(accessibility)
        self.actionsText.setAccessibleName(QCoreApplication.translate("BoardPage", u"Open improvement actions", None))
#endif // QT_CONFIG(accessibility)
        self.youSaidBox.setTitle(QCoreApplication.translate("BoardPage", u"You said, we did", None))
        self.youSaidText.setText("")
#if QT_CONFIG(accessibility)
        self.youSaidText.setAccessibleName(QCoreApplication.translate("BoardPage", u"You said, we did", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.boardTab), QCoreApplication.translate("BoardPage", u"&Board", None))
        self.tabs.setTabText(self.tabs.indexOf(self.weeklyTab), QCoreApplication.translate("BoardPage", u"&Weekly improvement huddle", None))
        pass
    # retranslateUi

