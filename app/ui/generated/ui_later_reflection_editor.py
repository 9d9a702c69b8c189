# Generated from forms/later_reflection_editor.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from app.ui.widgets.follow_up_actions import FollowUpActions
from app.ui.widgets.list_editors import (ChoiceChecks, PeopleEditor, TrainingEditor)
from app.ui.widgets.optional_date import OptionalDateEdit

class Ui_LaterReflectionForm(object):
    def setupUi(self, LaterReflectionForm):
        if not LaterReflectionForm.objectName():
            LaterReflectionForm.setObjectName(u"LaterReflectionForm")
        LaterReflectionForm.resize(1100, 700)
        self.outerLayout = QVBoxLayout(LaterReflectionForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.backToList = QPushButton(LaterReflectionForm)
        self.backToList.setObjectName(u"backToList")

        self.headerRow.addWidget(self.backToList)

        self.formTitle = QLabel(LaterReflectionForm)
        self.formTitle.setObjectName(u"formTitle")

        self.headerRow.addWidget(self.formTitle)

        self.savedIndicator = QLabel(LaterReflectionForm)
        self.savedIndicator.setObjectName(u"savedIndicator")
        self.savedIndicator.setWordWrap(True)

        self.headerRow.addWidget(self.savedIndicator)


        self.outerLayout.addLayout(self.headerRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.reloadButton = QPushButton(LaterReflectionForm)
        self.reloadButton.setObjectName(u"reloadButton")

        self.actionRow.addWidget(self.reloadButton)

        self.saveButton = QPushButton(LaterReflectionForm)
        self.saveButton.setObjectName(u"saveButton")

        self.actionRow.addWidget(self.saveButton)

        self.printButton = QPushButton(LaterReflectionForm)
        self.printButton.setObjectName(u"printButton")

        self.actionRow.addWidget(self.printButton)

        self.pdfButton = QPushButton(LaterReflectionForm)
        self.pdfButton.setObjectName(u"pdfButton")

        self.actionRow.addWidget(self.pdfButton)

        self.deleteButton = QPushButton(LaterReflectionForm)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionRow.addWidget(self.deleteButton)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.headerSpacer)


        self.outerLayout.addLayout(self.actionRow)

        self.message = QLabel(LaterReflectionForm)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outerLayout.addWidget(self.message)

        self.scroll = QScrollArea(LaterReflectionForm)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.standingNote = QLabel(self.scrollContents)
        self.standingNote.setObjectName(u"standingNote")
        self.standingNote.setWordWrap(True)

        self.contentsLayout.addWidget(self.standingNote)

        self.sourceLabel = QLabel(self.scrollContents)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)

        self.contentsLayout.addWidget(self.sourceLabel)

        self.linkBox = QGroupBox(self.scrollContents)
        self.linkBox.setObjectName(u"linkBox")
        self.linkLayout = QVBoxLayout(self.linkBox)
        self.linkLayout.setObjectName(u"linkLayout")
        self.postEventRow = QHBoxLayout()
        self.postEventRow.setObjectName(u"postEventRow")
        self.postEventLabel = QLabel(self.linkBox)
        self.postEventLabel.setObjectName(u"postEventLabel")

        self.postEventRow.addWidget(self.postEventLabel)

        self.postEvent = QComboBox(self.linkBox)
        self.postEvent.setObjectName(u"postEvent")

        self.postEventRow.addWidget(self.postEvent)


        self.linkLayout.addLayout(self.postEventRow)

        self.linkedSummary = QLabel(self.linkBox)
        self.linkedSummary.setObjectName(u"linkedSummary")
        self.linkedSummary.setWordWrap(True)

        self.linkLayout.addWidget(self.linkedSummary)

        self.whenRow = QHBoxLayout()
        self.whenRow.setObjectName(u"whenRow")
        self.huddleDateLabel = QLabel(self.linkBox)
        self.huddleDateLabel.setObjectName(u"huddleDateLabel")

        self.whenRow.addWidget(self.huddleDateLabel)

        self.huddleDate = QDateEdit(self.linkBox)
        self.huddleDate.setObjectName(u"huddleDate")
        self.huddleDate.setCalendarPopup(True)

        self.whenRow.addWidget(self.huddleDate)

        self.huddleTimeLabel = QLabel(self.linkBox)
        self.huddleTimeLabel.setObjectName(u"huddleTimeLabel")

        self.whenRow.addWidget(self.huddleTimeLabel)

        self.huddleTime = QLineEdit(self.linkBox)
        self.huddleTime.setObjectName(u"huddleTime")
        self.huddleTime.setMaxLength(5)

        self.whenRow.addWidget(self.huddleTime)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenRow.addItem(self.whenSpacer)


        self.linkLayout.addLayout(self.whenRow)

        self.facilitatorRow = QHBoxLayout()
        self.facilitatorRow.setObjectName(u"facilitatorRow")
        self.facilitatorLabel = QLabel(self.linkBox)
        self.facilitatorLabel.setObjectName(u"facilitatorLabel")

        self.facilitatorRow.addWidget(self.facilitatorLabel)

        self.facilitator = QLineEdit(self.linkBox)
        self.facilitator.setObjectName(u"facilitator")
        self.facilitator.setMaxLength(60)

        self.facilitatorRow.addWidget(self.facilitator)


        self.linkLayout.addLayout(self.facilitatorRow)

        self.participantsLabel = QLabel(self.linkBox)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.linkLayout.addWidget(self.participantsLabel)

        self.participants = PeopleEditor(self.linkBox)
        self.participants.setObjectName(u"participants")

        self.linkLayout.addWidget(self.participants)


        self.contentsLayout.addWidget(self.linkBox)

        self.actionsBox = QGroupBox(self.scrollContents)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsLayout = QVBoxLayout(self.actionsBox)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsHelp = QLabel(self.actionsBox)
        self.actionsHelp.setObjectName(u"actionsHelp")
        self.actionsHelp.setWordWrap(True)

        self.actionsLayout.addWidget(self.actionsHelp)

        self.actions = FollowUpActions(self.actionsBox)
        self.actions.setObjectName(u"actions")

        self.actionsLayout.addWidget(self.actions)


        self.contentsLayout.addWidget(self.actionsBox)

        self.lookBackBox = QGroupBox(self.scrollContents)
        self.lookBackBox.setObjectName(u"lookBackBox")
        self.lookBackLayout = QVBoxLayout(self.lookBackBox)
        self.lookBackLayout.setObjectName(u"lookBackLayout")
        self.understandDifferentlyLabel = QLabel(self.lookBackBox)
        self.understandDifferentlyLabel.setObjectName(u"understandDifferentlyLabel")
        self.understandDifferentlyLabel.setWordWrap(True)

        self.lookBackLayout.addWidget(self.understandDifferentlyLabel)

        self.understandDifferently = QPlainTextEdit(self.lookBackBox)
        self.understandDifferently.setObjectName(u"understandDifferently")
        self.understandDifferently.setTabChangesFocus(True)

        self.lookBackLayout.addWidget(self.understandDifferently)

        self.everydayChangesLabel = QLabel(self.lookBackBox)
        self.everydayChangesLabel.setObjectName(u"everydayChangesLabel")
        self.everydayChangesLabel.setWordWrap(True)

        self.lookBackLayout.addWidget(self.everydayChangesLabel)

        self.everydayChanges = QPlainTextEdit(self.lookBackBox)
        self.everydayChanges.setObjectName(u"everydayChanges")
        self.everydayChanges.setTabChangesFocus(True)

        self.lookBackLayout.addWidget(self.everydayChanges)

        self.teamNowRow = QHBoxLayout()
        self.teamNowRow.setObjectName(u"teamNowRow")
        self.teamNowLabel = QLabel(self.lookBackBox)
        self.teamNowLabel.setObjectName(u"teamNowLabel")

        self.teamNowRow.addWidget(self.teamNowLabel)

        self.teamNow = QComboBox(self.lookBackBox)
        self.teamNow.setObjectName(u"teamNow")

        self.teamNowRow.addWidget(self.teamNow)

        self.teamNowDetail = QLineEdit(self.lookBackBox)
        self.teamNowDetail.setObjectName(u"teamNowDetail")

        self.teamNowRow.addWidget(self.teamNowDetail)


        self.lookBackLayout.addLayout(self.teamNowRow)


        self.contentsLayout.addWidget(self.lookBackBox)

        self.supportBox = QGroupBox(self.scrollContents)
        self.supportBox.setObjectName(u"supportBox")
        self.supportLayout = QVBoxLayout(self.supportBox)
        self.supportLayout.setObjectName(u"supportLayout")
        self.supportLabel = QLabel(self.supportBox)
        self.supportLabel.setObjectName(u"supportLabel")

        self.supportLayout.addWidget(self.supportLabel)

        self.support = ChoiceChecks(self.supportBox)
        self.support.setObjectName(u"support")

        self.supportLayout.addWidget(self.support)

        self.trainingLabel = QLabel(self.supportBox)
        self.trainingLabel.setObjectName(u"trainingLabel")

        self.supportLayout.addWidget(self.trainingLabel)

        self.training = TrainingEditor(self.supportBox)
        self.training.setObjectName(u"training")

        self.supportLayout.addWidget(self.training)


        self.contentsLayout.addWidget(self.supportBox)

        self.improvementBox = QGroupBox(self.scrollContents)
        self.improvementBox.setObjectName(u"improvementBox")
        self.improvementRow = QHBoxLayout(self.improvementBox)
        self.improvementRow.setObjectName(u"improvementRow")
        self.projectLinkLabel = QLabel(self.improvementBox)
        self.projectLinkLabel.setObjectName(u"projectLinkLabel")

        self.improvementRow.addWidget(self.projectLinkLabel)

        self.projectLink = QComboBox(self.improvementBox)
        self.projectLink.setObjectName(u"projectLink")

        self.improvementRow.addWidget(self.projectLink)

        self.improvementSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.improvementRow.addItem(self.improvementSpacer)


        self.contentsLayout.addWidget(self.improvementBox)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.bottomSpacer)

        self.scroll.setWidget(self.scrollContents)

        self.outerLayout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.postEventLabel.setBuddy(self.postEvent)
        self.huddleDateLabel.setBuddy(self.huddleDate)
        self.huddleTimeLabel.setBuddy(self.huddleTime)
        self.facilitatorLabel.setBuddy(self.facilitator)
        self.understandDifferentlyLabel.setBuddy(self.understandDifferently)
        self.everydayChangesLabel.setBuddy(self.everydayChanges)
        self.teamNowLabel.setBuddy(self.teamNow)
        self.projectLinkLabel.setBuddy(self.projectLink)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.postEvent, self.huddleDate)
        QWidget.setTabOrder(self.huddleDate, self.huddleTime)
        QWidget.setTabOrder(self.huddleTime, self.facilitator)
        QWidget.setTabOrder(self.facilitator, self.understandDifferently)
        QWidget.setTabOrder(self.understandDifferently, self.everydayChanges)
        QWidget.setTabOrder(self.everydayChanges, self.teamNow)
        QWidget.setTabOrder(self.teamNow, self.teamNowDetail)
        QWidget.setTabOrder(self.teamNowDetail, self.projectLink)
        QWidget.setTabOrder(self.projectLink, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.backToList)

        self.retranslateUi(LaterReflectionForm)

        QMetaObject.connectSlotsByName(LaterReflectionForm)
    # setupUi

    def retranslateUi(self, LaterReflectionForm):
#if QT_CONFIG(accessibility)
        self.backToList.setAccessibleName(QCoreApplication.translate("LaterReflectionForm", u"Back to the list of reflections", None))
#endif // QT_CONFIG(accessibility)
        self.backToList.setText(QCoreApplication.translate("LaterReflectionForm", u"\u2190 &Back to list", None))
        self.formTitle.setText(QCoreApplication.translate("LaterReflectionForm", u"Later reflection", None))
        self.savedIndicator.setText("")
#if QT_CONFIG(accessibility)
        self.reloadButton.setAccessibleName(QCoreApplication.translate("LaterReflectionForm", u"Reload the saved version", None))
#endif // QT_CONFIG(accessibility)
        self.reloadButton.setText(QCoreApplication.translate("LaterReflectionForm", u"Re&load", None))
#if QT_CONFIG(tooltip)
        self.reloadButton.setToolTip(QCoreApplication.translate("LaterReflectionForm", u"Reload the saved version", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("LaterReflectionForm", u"Save now (Ctrl+S)", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("LaterReflectionForm", u"&Save now", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("LaterReflectionForm", u"Ctrl+S", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("LaterReflectionForm", u"Print (Ctrl+P)", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("LaterReflectionForm", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("LaterReflectionForm", u"Ctrl+P", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.pdfButton.setAccessibleName(QCoreApplication.translate("LaterReflectionForm", u"Save as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.pdfButton.setText(QCoreApplication.translate("LaterReflectionForm", u"Save as PD&F\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("LaterReflectionForm", u"Delete this reflection", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("LaterReflectionForm", u"&Delete\u2026", None))
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.scroll.setAccessibleName(QCoreApplication.translate("LaterReflectionForm", u"Later reflection form", None))
#endif // QT_CONFIG(accessibility)
        self.standingNote.setText("")
        self.sourceLabel.setText("")
        self.linkBox.setTitle(QCoreApplication.translate("LaterReflectionForm", u"1. The hot debrief and this huddle", None))
        self.postEventLabel.setText(QCoreApplication.translate("LaterReflectionForm", u"Follows the hot &debrief", None))
#if QT_CONFIG(accessibility)
        self.postEvent.setAccessibleName(QCoreApplication.translate("LaterReflectionForm", u"Follows the hot debrief", None))
#endif // QT_CONFIG(accessibility)
        self.linkedSummary.setText("")
        self.huddleDateLabel.setText(QCoreApplication.translate("LaterReflectionForm", u"Huddle date", None))
#if QT_CONFIG(accessibility)
        self.huddleDate.setAccessibleName(QCoreApplication.translate("LaterReflectionForm", u"Huddle date", None))
#endif // QT_CONFIG(accessibility)
        self.huddleDate.setDisplayFormat(QCoreApplication.translate("LaterReflectionForm", u"dd/MM/yyyy", None))
        self.huddleTimeLabel.setText(QCoreApplication.translate("LaterReflectionForm", u"Huddle time", None))
#if QT_CONFIG(accessibility)
        self.huddleTime.setAccessibleName(QCoreApplication.translate("LaterReflectionForm", u"Huddle time, 24-hour clock", None))
#endif // QT_CONFIG(accessibility)
        self.huddleTime.setPlaceholderText(QCoreApplication.translate("LaterReflectionForm", u"HH:MM", None))
        self.facilitatorLabel.setText(QCoreApplication.translate("LaterReflectionForm", u"&Facilitator", None))
#if QT_CONFIG(accessibility)
        self.facilitator.setAccessibleName(QCoreApplication.translate("LaterReflectionForm", u"Facilitator", None))
#endif // QT_CONFIG(accessibility)
        self.participantsLabel.setText(QCoreApplication.translate("LaterReflectionForm", u"Participants", None))
        self.actionsBox.setTitle(QCoreApplication.translate("LaterReflectionForm", u"2. Were the actions done?", None))
        self.actionsHelp.setText(QCoreApplication.translate("LaterReflectionForm", u"The follow-up actions from the hot debrief as they stand in the action register, and any new ones: update them here (Ctrl+N for a new one).", None))
        self.lookBackBox.setTitle(QCoreApplication.translate("LaterReflectionForm", u"3. Looking back now", None))
        self.understandDifferentlyLabel.setText(QCoreApplication.translate("LaterReflectionForm", u"What do we understand differently now?", None))
#if QT_CONFIG(accessibility)
        self.understandDifferently.setAccessibleName(QCoreApplication.translate("LaterReflectionForm", u"What do we understand differently now?", None))
#endif // QT_CONFIG(accessibility)
        self.everydayChangesLabel.setText(QCoreApplication.translate("LaterReflectionForm", u"Has anything changed in everyday work? What, and is it holding?", None))
#if QT_CONFIG(accessibility)
        self.everydayChanges.setAccessibleName(QCoreApplication.translate("LaterReflectionForm", u"Has anything changed in everyday work?", None))
#endif // QT_CONFIG(accessibility)
        self.teamNowLabel.setText(QCoreApplication.translate("LaterReflectionForm", u"How is the &team now?", None))
#if QT_CONFIG(accessibility)
        self.teamNow.setAccessibleName(QCoreApplication.translate("LaterReflectionForm", u"How is the team now?", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.teamNowDetail.setAccessibleName(QCoreApplication.translate("LaterReflectionForm", u"How is the team now: details", None))
#endif // QT_CONFIG(accessibility)
        self.teamNowDetail.setPlaceholderText(QCoreApplication.translate("LaterReflectionForm", u"A few words on how people are", None))
        self.supportBox.setTitle(QCoreApplication.translate("LaterReflectionForm", u"4. Further support and training", None))
        self.supportLabel.setText(QCoreApplication.translate("LaterReflectionForm", u"Further support needed", None))
        self.trainingLabel.setText(QCoreApplication.translate("LaterReflectionForm", u"Further training needed", None))
        self.improvementBox.setTitle(QCoreApplication.translate("LaterReflectionForm", u"5. Link to improvement work", None))
        self.projectLinkLabel.setText(QCoreApplication.translate("LaterReflectionForm", u"Project or PDSA &cycle", None))
#if QT_CONFIG(accessibility)
        self.projectLink.setAccessibleName(QCoreApplication.translate("LaterReflectionForm", u"Linked improvement project or PDSA cycle", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

