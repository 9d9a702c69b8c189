# Generated from forms/pulse_editor.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget)

class Ui_PulseEditor(object):
    def setupUi(self, PulseEditor):
        if not PulseEditor.objectName():
            PulseEditor.setObjectName(u"PulseEditor")
        self.outerLayout = QVBoxLayout(PulseEditor)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(PulseEditor)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.body = QWidget()
        self.body.setObjectName(u"body")
        self.bodyLayout = QVBoxLayout(self.body)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.checkinBox = QGroupBox(self.body)
        self.checkinBox.setObjectName(u"checkinBox")
        self.checkinLayout = QVBoxLayout(self.checkinBox)
        self.checkinLayout.setObjectName(u"checkinLayout")
        self.checkinSummary = QLabel(self.checkinBox)
        self.checkinSummary.setObjectName(u"checkinSummary")
        self.checkinSummary.setWordWrap(True)

        self.checkinLayout.addWidget(self.checkinSummary)

        self.checkinChartHost = QWidget(self.checkinBox)
        self.checkinChartHost.setObjectName(u"checkinChartHost")
        self.checkinChartLayout = QVBoxLayout(self.checkinChartHost)
        self.checkinChartLayout.setObjectName(u"checkinChartLayout")
        self.checkinChartLayout.setContentsMargins(0, 0, 0, 0)

        self.checkinLayout.addWidget(self.checkinChartHost)

        self.checkinTableLabel = QLabel(self.checkinBox)
        self.checkinTableLabel.setObjectName(u"checkinTableLabel")

        self.checkinLayout.addWidget(self.checkinTableLabel)

        self.checkinTable = QTableWidget(self.checkinBox)
        self.checkinTable.setObjectName(u"checkinTable")
        self.checkinTable.setTabKeyNavigation(False)
        self.checkinTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.checkinTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.checkinLayout.addWidget(self.checkinTable)


        self.bodyLayout.addWidget(self.checkinBox)

        self.pulseBox = QGroupBox(self.body)
        self.pulseBox.setObjectName(u"pulseBox")
        self.pulseLayout = QVBoxLayout(self.pulseBox)
        self.pulseLayout.setObjectName(u"pulseLayout")
        self.quarterRow = QHBoxLayout()
        self.quarterRow.setObjectName(u"quarterRow")
        self.quarterLabel = QLabel(self.pulseBox)
        self.quarterLabel.setObjectName(u"quarterLabel")

        self.quarterRow.addWidget(self.quarterLabel)

        self.quarter = QComboBox(self.pulseBox)
        self.quarter.setObjectName(u"quarter")
        self.quarter.setEditable(False)

        self.quarterRow.addWidget(self.quarter)

        self.deletePulse = QPushButton(self.pulseBox)
        self.deletePulse.setObjectName(u"deletePulse")

        self.quarterRow.addWidget(self.deletePulse)

        self.quarterRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quarterRow.addItem(self.quarterRowSpacer)


        self.pulseLayout.addLayout(self.quarterRow)

        self.quarterNote = QLabel(self.pulseBox)
        self.quarterNote.setObjectName(u"quarterNote")
        self.quarterNote.setWordWrap(True)

        self.pulseLayout.addWidget(self.quarterNote)

        self.aboutPulse = QLabel(self.pulseBox)
        self.aboutPulse.setObjectName(u"aboutPulse")
        self.aboutPulse.setWordWrap(True)

        self.pulseLayout.addWidget(self.aboutPulse)

        self.anonymityNote = QLabel(self.pulseBox)
        self.anonymityNote.setObjectName(u"anonymityNote")
        self.anonymityNote.setWordWrap(True)

        self.pulseLayout.addWidget(self.anonymityNote)

        self.frequencyLabel = QLabel(self.pulseBox)
        self.frequencyLabel.setObjectName(u"frequencyLabel")

        self.pulseLayout.addWidget(self.frequencyLabel)

        self.frequencyTable = QTableWidget(self.pulseBox)
        self.frequencyTable.setObjectName(u"frequencyTable")
        self.frequencyTable.setTabKeyNavigation(False)
        self.frequencyTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.pulseLayout.addWidget(self.frequencyTable)

        self.agreementLabel = QLabel(self.pulseBox)
        self.agreementLabel.setObjectName(u"agreementLabel")

        self.pulseLayout.addWidget(self.agreementLabel)

        self.agreementTable = QTableWidget(self.pulseBox)
        self.agreementTable.setObjectName(u"agreementTable")
        self.agreementTable.setTabKeyNavigation(False)
        self.agreementTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.pulseLayout.addWidget(self.agreementTable)

        self.noteLabel = QLabel(self.pulseBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.pulseLayout.addWidget(self.noteLabel)

        self.note = QPlainTextEdit(self.pulseBox)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.pulseLayout.addWidget(self.note)


        self.bodyLayout.addWidget(self.pulseBox)

        self.resultsBox = QGroupBox(self.body)
        self.resultsBox.setObjectName(u"resultsBox")
        self.resultsLayout = QVBoxLayout(self.resultsBox)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsLabel = QLabel(self.resultsBox)
        self.resultsLabel.setObjectName(u"resultsLabel")

        self.resultsLayout.addWidget(self.resultsLabel)

        self.resultsTable = QTableWidget(self.resultsBox)
        self.resultsTable.setObjectName(u"resultsTable")
        self.resultsTable.setTabKeyNavigation(False)
        self.resultsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.resultsTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.resultsLayout.addWidget(self.resultsTable)

        self.resultsChartHost = QWidget(self.resultsBox)
        self.resultsChartHost.setObjectName(u"resultsChartHost")
        self.resultsChartLayout = QVBoxLayout(self.resultsChartHost)
        self.resultsChartLayout.setObjectName(u"resultsChartLayout")
        self.resultsChartLayout.setContentsMargins(0, 0, 0, 0)

        self.resultsLayout.addWidget(self.resultsChartHost)


        self.bodyLayout.addWidget(self.resultsBox)

        self.scroll.setWidget(self.body)

        self.outerLayout.addWidget(self.scroll)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.message = QLabel(PulseEditor)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.footer.addWidget(self.message)


        self.outerLayout.addLayout(self.footer)

#if QT_CONFIG(shortcut)
        self.checkinTableLabel.setBuddy(self.checkinTable)
        self.quarterLabel.setBuddy(self.quarter)
        self.frequencyLabel.setBuddy(self.frequencyTable)
        self.agreementLabel.setBuddy(self.agreementTable)
        self.noteLabel.setBuddy(self.note)
        self.resultsLabel.setBuddy(self.resultsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.checkinTable, self.quarter)
        QWidget.setTabOrder(self.quarter, self.deletePulse)
        QWidget.setTabOrder(self.deletePulse, self.frequencyTable)
        QWidget.setTabOrder(self.frequencyTable, self.agreementTable)
        QWidget.setTabOrder(self.agreementTable, self.note)
        QWidget.setTabOrder(self.note, self.resultsTable)

        self.retranslateUi(PulseEditor)

        QMetaObject.connectSlotsByName(PulseEditor)
    # setupUi

    def retranslateUi(self, PulseEditor):
        PulseEditor.setWindowTitle(QCoreApplication.translate("PulseEditor", u"Culture pulse", None))
        self.checkinBox.setTitle(QCoreApplication.translate("PulseEditor", u"Team check-in from the huddle sheets", None))
        self.checkinSummary.setText("")
        self.checkinTableLabel.setText(QCoreApplication.translate("PulseEditor", u"Chec&k-in answers by week", None))
#if QT_CONFIG(accessibility)
        self.checkinTable.setAccessibleName(QCoreApplication.translate("PulseEditor", u"Check-in answers by week", None))
#endif // QT_CONFIG(accessibility)
        self.pulseBox.setTitle(QCoreApplication.translate("PulseEditor", u"Quarterly pulse (NQPS questions)", None))
        self.quarterLabel.setText(QCoreApplication.translate("PulseEditor", u"&Quarter", None))
#if QT_CONFIG(accessibility)
        self.quarter.setAccessibleName(QCoreApplication.translate("PulseEditor", u"Quarter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deletePulse.setAccessibleName(QCoreApplication.translate("PulseEditor", u"Delete this quarter's pulse", None))
#endif // QT_CONFIG(accessibility)
        self.deletePulse.setText(QCoreApplication.translate("PulseEditor", u"Delete this quarter\u2026", None))
        self.quarterNote.setText("")
        self.aboutPulse.setText(QCoreApplication.translate("PulseEditor", u"The nine engagement questions of the National Quarterly Pulse Survey, run locally.", None))
        self.anonymityNote.setText(QCoreApplication.translate("PulseEditor", u"Type how many people gave each answer (nobody's own answers are recorded). A result shows only for a question answered by 5 or more people.", None))
        self.frequencyLabel.setText(QCoreApplication.translate("PulseEditor", u"Moti&vation: how often", None))
#if QT_CONFIG(accessibility)
        self.frequencyTable.setAccessibleName(QCoreApplication.translate("PulseEditor", u"Motivation questions: number of people giving each answer", None))
#endif // QT_CONFIG(accessibility)
        self.agreementLabel.setText(QCoreApplication.translate("PulseEditor", u"Involvement and advocac&y: how much do you agree?", None))
#if QT_CONFIG(accessibility)
        self.agreementTable.setAccessibleName(QCoreApplication.translate("PulseEditor", u"Involvement and advocacy questions: number of people giving each answer", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("PulseEditor", u"What we heard and what we will &do", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("PulseEditor", u"What we heard and what we will do", None))
#endif // QT_CONFIG(accessibility)
        self.resultsBox.setTitle(QCoreApplication.translate("PulseEditor", u"Results over the quarters", None))
        self.resultsLabel.setText(QCoreApplication.translate("PulseEditor", u"% positive per question (choose a row to chart it)", None))
#if QT_CONFIG(accessibility)
        self.resultsTable.setAccessibleName(QCoreApplication.translate("PulseEditor", u"Pulse results by question and quarter", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
    # retranslateUi

