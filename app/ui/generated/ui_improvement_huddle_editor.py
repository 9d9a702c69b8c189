# Generated from forms/improvement_huddle_editor.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget)

class Ui_ImprovementHuddleEditor(object):
    def setupUi(self, ImprovementHuddleEditor):
        if not ImprovementHuddleEditor.objectName():
            ImprovementHuddleEditor.setObjectName(u"ImprovementHuddleEditor")
        ImprovementHuddleEditor.resize(1200, 700)
        self.outerLayout = QVBoxLayout(ImprovementHuddleEditor)
        self.outerLayout.setObjectName(u"outerLayout")
        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.dateLabel = QLabel(ImprovementHuddleEditor)
        self.dateLabel.setObjectName(u"dateLabel")

        self.dateRow.addWidget(self.dateLabel)

        self.dateHost = QHBoxLayout()
        self.dateHost.setObjectName(u"dateHost")

        self.dateRow.addLayout(self.dateHost)

        self.earlier = QComboBox(ImprovementHuddleEditor)
        self.earlier.setObjectName(u"earlier")

        self.dateRow.addWidget(self.earlier)

        self.printHuddle = QPushButton(ImprovementHuddleEditor)
        self.printHuddle.setObjectName(u"printHuddle")

        self.dateRow.addWidget(self.printHuddle)

        self.printBlank = QPushButton(ImprovementHuddleEditor)
        self.printBlank.setObjectName(u"printBlank")

        self.dateRow.addWidget(self.printBlank)

        self.deleteHuddle = QPushButton(ImprovementHuddleEditor)
        self.deleteHuddle.setObjectName(u"deleteHuddle")

        self.dateRow.addWidget(self.deleteHuddle)


        self.outerLayout.addLayout(self.dateRow)

        self.message = QLabel(ImprovementHuddleEditor)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outerLayout.addWidget(self.message)

        self.scroll = QScrollArea(ImprovementHuddleEditor)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setObjectName(u"contentLayout")
        self.attendeesBox = QGroupBox(self.content)
        self.attendeesBox.setObjectName(u"attendeesBox")
        self.attendeesBoxLayout = QVBoxLayout(self.attendeesBox)
        self.attendeesBoxLayout.setObjectName(u"attendeesBoxLayout")
        self.attendeesHost = QVBoxLayout()
        self.attendeesHost.setObjectName(u"attendeesHost")

        self.attendeesBoxLayout.addLayout(self.attendeesHost)


        self.contentLayout.addWidget(self.attendeesBox)

        self.testedBox = QGroupBox(self.content)
        self.testedBox.setObjectName(u"testedBox")
        self.testedBoxLayout = QVBoxLayout(self.testedBox)
        self.testedBoxLayout.setObjectName(u"testedBoxLayout")
        self.testedHost = QVBoxLayout()
        self.testedHost.setObjectName(u"testedHost")

        self.testedBoxLayout.addLayout(self.testedHost)


        self.contentLayout.addWidget(self.testedBox)

        self.celebrationsBox = QGroupBox(self.content)
        self.celebrationsBox.setObjectName(u"celebrationsBox")
        self.celebrationsBoxLayout = QVBoxLayout(self.celebrationsBox)
        self.celebrationsBoxLayout.setObjectName(u"celebrationsBoxLayout")
        self.celebrations = QPlainTextEdit(self.celebrationsBox)
        self.celebrations.setObjectName(u"celebrations")

        self.celebrationsBoxLayout.addWidget(self.celebrations)


        self.contentLayout.addWidget(self.celebrationsBox)

        self.nextStepsBox = QGroupBox(self.content)
        self.nextStepsBox.setObjectName(u"nextStepsBox")
        self.nextStepsBoxLayout = QVBoxLayout(self.nextStepsBox)
        self.nextStepsBoxLayout.setObjectName(u"nextStepsBoxLayout")
        self.nextStepsHost = QVBoxLayout()
        self.nextStepsHost.setObjectName(u"nextStepsHost")

        self.nextStepsBoxLayout.addLayout(self.nextStepsHost)


        self.contentLayout.addWidget(self.nextStepsBox)

        self.measuresBox = QGroupBox(self.content)
        self.measuresBox.setObjectName(u"measuresBox")
        self.measuresBoxLayout = QVBoxLayout(self.measuresBox)
        self.measuresBoxLayout.setObjectName(u"measuresBoxLayout")
        self.measuresText = QLabel(self.measuresBox)
        self.measuresText.setObjectName(u"measuresText")
        self.measuresText.setWordWrap(True)

        self.measuresBoxLayout.addWidget(self.measuresText)


        self.contentLayout.addWidget(self.measuresBox)

        self.notesBox = QGroupBox(self.content)
        self.notesBox.setObjectName(u"notesBox")
        self.notesBoxLayout = QVBoxLayout(self.notesBox)
        self.notesBoxLayout.setObjectName(u"notesBoxLayout")
        self.notes = QPlainTextEdit(self.notesBox)
        self.notes.setObjectName(u"notes")

        self.notesBoxLayout.addWidget(self.notes)


        self.contentLayout.addWidget(self.notesBox)

        self.scroll.setWidget(self.content)

        self.outerLayout.addWidget(self.scroll)


        self.retranslateUi(ImprovementHuddleEditor)

        QMetaObject.connectSlotsByName(ImprovementHuddleEditor)
    # setupUi

    def retranslateUi(self, ImprovementHuddleEditor):
        self.dateLabel.setText(QCoreApplication.translate("ImprovementHuddleEditor", u"Weekly huddle on", None))
#if QT_CONFIG(accessibility)
        self.earlier.setAccessibleName(QCoreApplication.translate("ImprovementHuddleEditor", u"Earlier weekly huddles", None))
#endif // QT_CONFIG(accessibility)
        self.printHuddle.setText(QCoreApplication.translate("ImprovementHuddleEditor", u"Print this &huddle\u2026", None))
#if QT_CONFIG(accessibility)
        self.printHuddle.setAccessibleName(QCoreApplication.translate("ImprovementHuddleEditor", u"Print this weekly huddle", None))
#endif // QT_CONFIG(accessibility)
        self.printBlank.setText(QCoreApplication.translate("ImprovementHuddleEditor", u"Print a &blank sheet\u2026", None))
#if QT_CONFIG(accessibility)
        self.printBlank.setAccessibleName(QCoreApplication.translate("ImprovementHuddleEditor", u"Print a blank weekly huddle sheet", None))
#endif // QT_CONFIG(accessibility)
        self.deleteHuddle.setText(QCoreApplication.translate("ImprovementHuddleEditor", u"Delete this huddle", None))
#if QT_CONFIG(accessibility)
        self.deleteHuddle.setAccessibleName(QCoreApplication.translate("ImprovementHuddleEditor", u"Delete this weekly huddle", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("ImprovementHuddleEditor", u"Weekly huddle message", None))
#endif // QT_CONFIG(accessibility)
        self.attendeesBox.setTitle(QCoreApplication.translate("ImprovementHuddleEditor", u"Who came", None))
        self.testedBox.setTitle(QCoreApplication.translate("ImprovementHuddleEditor", u"Ideas in testing: what was tested and learned (written into each PDSA cycle's Study)", None))
        self.celebrationsBox.setTitle(QCoreApplication.translate("ImprovementHuddleEditor", u"Celebrations and thanks", None))
#if QT_CONFIG(accessibility)
        self.celebrations.setAccessibleName(QCoreApplication.translate("ImprovementHuddleEditor", u"Celebrations and thanks", None))
#endif // QT_CONFIG(accessibility)
        self.nextStepsBox.setTitle(QCoreApplication.translate("ImprovementHuddleEditor", u"Next steps, with owners", None))
        self.measuresBox.setTitle(QCoreApplication.translate("ImprovementHuddleEditor", u"Key measures (from the charts, not typed)", None))
        self.measuresText.setText("")
#if QT_CONFIG(accessibility)
        self.measuresText.setAccessibleName(QCoreApplication.translate("ImprovementHuddleEditor", u"Key measures reviewed", None))
#endif // QT_CONFIG(accessibility)
        self.notesBox.setTitle(QCoreApplication.translate("ImprovementHuddleEditor", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("ImprovementHuddleEditor", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

