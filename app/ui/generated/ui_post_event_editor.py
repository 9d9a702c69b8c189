# Generated from forms/post_event_editor.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from app.ui.widgets.follow_up_actions import FollowUpActions
from app.ui.widgets.list_editors import (ChoiceChecks, PeopleEditor, TrainingEditor)
from app.ui.widgets.optional_date import OptionalDateEdit
from app.ui.widgets.seips_grid import SeipsGrid

class Ui_PostEventForm(object):
    def setupUi(self, PostEventForm):
        if not PostEventForm.objectName():
            PostEventForm.setObjectName(u"PostEventForm")
        PostEventForm.resize(1100, 700)
        self.outerLayout = QVBoxLayout(PostEventForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.backToList = QPushButton(PostEventForm)
        self.backToList.setObjectName(u"backToList")

        self.headerRow.addWidget(self.backToList)

        self.formTitle = QLabel(PostEventForm)
        self.formTitle.setObjectName(u"formTitle")

        self.headerRow.addWidget(self.formTitle)

        self.savedIndicator = QLabel(PostEventForm)
        self.savedIndicator.setObjectName(u"savedIndicator")
        self.savedIndicator.setWordWrap(True)

        self.headerRow.addWidget(self.savedIndicator)


        self.outerLayout.addLayout(self.headerRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.reloadButton = QPushButton(PostEventForm)
        self.reloadButton.setObjectName(u"reloadButton")

        self.actionRow.addWidget(self.reloadButton)

        self.saveButton = QPushButton(PostEventForm)
        self.saveButton.setObjectName(u"saveButton")

        self.actionRow.addWidget(self.saveButton)

        self.printButton = QPushButton(PostEventForm)
        self.printButton.setObjectName(u"printButton")

        self.actionRow.addWidget(self.printButton)

        self.pdfButton = QPushButton(PostEventForm)
        self.pdfButton.setObjectName(u"pdfButton")

        self.actionRow.addWidget(self.pdfButton)

        self.deleteButton = QPushButton(PostEventForm)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionRow.addWidget(self.deleteButton)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.headerSpacer)


        self.outerLayout.addLayout(self.actionRow)

        self.message = QLabel(PostEventForm)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outerLayout.addWidget(self.message)

        self.scroll = QScrollArea(PostEventForm)
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

        self.whenBox = QGroupBox(self.scrollContents)
        self.whenBox.setObjectName(u"whenBox")
        self.whenGrid = QGridLayout(self.whenBox)
        self.whenGrid.setObjectName(u"whenGrid")
        self.eventDateLabel = QLabel(self.whenBox)
        self.eventDateLabel.setObjectName(u"eventDateLabel")

        self.whenGrid.addWidget(self.eventDateLabel, 0, 0, 1, 1)

        self.eventDate = QDateEdit(self.whenBox)
        self.eventDate.setObjectName(u"eventDate")
        self.eventDate.setCalendarPopup(True)

        self.whenGrid.addWidget(self.eventDate, 0, 1, 1, 1)

        self.eventTimeLabel = QLabel(self.whenBox)
        self.eventTimeLabel.setObjectName(u"eventTimeLabel")

        self.whenGrid.addWidget(self.eventTimeLabel, 0, 2, 1, 1)

        self.eventTime = QLineEdit(self.whenBox)
        self.eventTime.setObjectName(u"eventTime")
        self.eventTime.setMaxLength(5)

        self.whenGrid.addWidget(self.eventTime, 0, 3, 1, 1)

        self.huddleDateLabel = QLabel(self.whenBox)
        self.huddleDateLabel.setObjectName(u"huddleDateLabel")

        self.whenGrid.addWidget(self.huddleDateLabel, 1, 0, 1, 1)

        self.huddleDate = QDateEdit(self.whenBox)
        self.huddleDate.setObjectName(u"huddleDate")
        self.huddleDate.setCalendarPopup(True)

        self.whenGrid.addWidget(self.huddleDate, 1, 1, 1, 1)

        self.huddleTimeLabel = QLabel(self.whenBox)
        self.huddleTimeLabel.setObjectName(u"huddleTimeLabel")

        self.whenGrid.addWidget(self.huddleTimeLabel, 1, 2, 1, 1)

        self.huddleTime = QLineEdit(self.whenBox)
        self.huddleTime.setObjectName(u"huddleTime")
        self.huddleTime.setMaxLength(5)

        self.whenGrid.addWidget(self.huddleTime, 1, 3, 1, 1)

        self.timingLabel = QLabel(self.whenBox)
        self.timingLabel.setObjectName(u"timingLabel")
        self.timingLabel.setWordWrap(True)

        self.whenGrid.addWidget(self.timingLabel, 2, 0, 1, 4)

        self.swarmHint = QLabel(self.whenBox)
        self.swarmHint.setObjectName(u"swarmHint")
        self.swarmHint.setWordWrap(True)

        self.whenGrid.addWidget(self.swarmHint, 3, 0, 1, 4)

        self.eventTypeLabel = QLabel(self.whenBox)
        self.eventTypeLabel.setObjectName(u"eventTypeLabel")

        self.whenGrid.addWidget(self.eventTypeLabel, 4, 0, 1, 1)

        self.eventType = QComboBox(self.whenBox)
        self.eventType.setObjectName(u"eventType")

        self.whenGrid.addWidget(self.eventType, 4, 1, 1, 1)

        self.categoryLabel = QLabel(self.whenBox)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.whenGrid.addWidget(self.categoryLabel, 4, 2, 1, 1)

        self.category = QComboBox(self.whenBox)
        self.category.setObjectName(u"category")

        self.whenGrid.addWidget(self.category, 4, 3, 1, 1)

        self.reportedLabel = QLabel(self.whenBox)
        self.reportedLabel.setObjectName(u"reportedLabel")
        self.reportedLabel.setWordWrap(True)

        self.whenGrid.addWidget(self.reportedLabel, 5, 0, 1, 1)

        self.reported = QComboBox(self.whenBox)
        self.reported.setObjectName(u"reported")

        self.whenGrid.addWidget(self.reported, 5, 1, 1, 1)

        self.incidentRefLabel = QLabel(self.whenBox)
        self.incidentRefLabel.setObjectName(u"incidentRefLabel")

        self.whenGrid.addWidget(self.incidentRefLabel, 5, 2, 1, 1)

        self.incidentRef = QLineEdit(self.whenBox)
        self.incidentRef.setObjectName(u"incidentRef")
        self.incidentRef.setMaxLength(40)

        self.whenGrid.addWidget(self.incidentRef, 5, 3, 1, 1)

        self.physicalHarmLabel = QLabel(self.whenBox)
        self.physicalHarmLabel.setObjectName(u"physicalHarmLabel")

        self.whenGrid.addWidget(self.physicalHarmLabel, 6, 0, 1, 1)

        self.physicalHarm = QComboBox(self.whenBox)
        self.physicalHarm.setObjectName(u"physicalHarm")

        self.whenGrid.addWidget(self.physicalHarm, 6, 1, 1, 1)

        self.psychologicalHarmLabel = QLabel(self.whenBox)
        self.psychologicalHarmLabel.setObjectName(u"psychologicalHarmLabel")

        self.whenGrid.addWidget(self.psychologicalHarmLabel, 6, 2, 1, 1)

        self.psychologicalHarm = QComboBox(self.whenBox)
        self.psychologicalHarm.setObjectName(u"psychologicalHarm")

        self.whenGrid.addWidget(self.psychologicalHarm, 6, 3, 1, 1)


        self.contentsLayout.addWidget(self.whenBox)

        self.whoBox = QGroupBox(self.scrollContents)
        self.whoBox.setObjectName(u"whoBox")
        self.whoLayout = QVBoxLayout(self.whoBox)
        self.whoLayout.setObjectName(u"whoLayout")
        self.facilitatorRow = QHBoxLayout()
        self.facilitatorRow.setObjectName(u"facilitatorRow")
        self.facilitatorLabel = QLabel(self.whoBox)
        self.facilitatorLabel.setObjectName(u"facilitatorLabel")

        self.facilitatorRow.addWidget(self.facilitatorLabel)

        self.facilitator = QLineEdit(self.whoBox)
        self.facilitator.setObjectName(u"facilitator")
        self.facilitator.setMaxLength(60)

        self.facilitatorRow.addWidget(self.facilitator)


        self.whoLayout.addLayout(self.facilitatorRow)

        self.participantsLabel = QLabel(self.whoBox)
        self.participantsLabel.setObjectName(u"participantsLabel")
        self.participantsLabel.setWordWrap(True)

        self.whoLayout.addWidget(self.participantsLabel)

        self.participants = PeopleEditor(self.whoBox)
        self.participants.setObjectName(u"participants")

        self.whoLayout.addWidget(self.participants)

        self.groundRulesRow = QHBoxLayout()
        self.groundRulesRow.setObjectName(u"groundRulesRow")
        self.groundRules = QCheckBox(self.whoBox)
        self.groundRules.setObjectName(u"groundRules")

        self.groundRulesRow.addWidget(self.groundRules)

        self.groundRulesHint = QLabel(self.whoBox)
        self.groundRulesHint.setObjectName(u"groundRulesHint")
        self.groundRulesHint.setWordWrap(True)

        self.groundRulesRow.addWidget(self.groundRulesHint)


        self.whoLayout.addLayout(self.groundRulesRow)


        self.contentsLayout.addWidget(self.whoBox)

        self.aarBox = QGroupBox(self.scrollContents)
        self.aarBox.setObjectName(u"aarBox")
        self.aarLayout = QVBoxLayout(self.aarBox)
        self.aarLayout.setObjectName(u"aarLayout")
        self.aarExpectedLabel = QLabel(self.aarBox)
        self.aarExpectedLabel.setObjectName(u"aarExpectedLabel")

        self.aarLayout.addWidget(self.aarExpectedLabel)

        self.aarExpected = QPlainTextEdit(self.aarBox)
        self.aarExpected.setObjectName(u"aarExpected")
        self.aarExpected.setTabChangesFocus(True)

        self.aarLayout.addWidget(self.aarExpected)

        self.aarHappenedLabel = QLabel(self.aarBox)
        self.aarHappenedLabel.setObjectName(u"aarHappenedLabel")
        self.aarHappenedLabel.setWordWrap(True)

        self.aarLayout.addWidget(self.aarHappenedLabel)

        self.aarHappened = QPlainTextEdit(self.aarBox)
        self.aarHappened.setObjectName(u"aarHappened")
        self.aarHappened.setTabChangesFocus(True)

        self.aarLayout.addWidget(self.aarHappened)

        self.aarDifferenceLabel = QLabel(self.aarBox)
        self.aarDifferenceLabel.setObjectName(u"aarDifferenceLabel")
        self.aarDifferenceLabel.setWordWrap(True)

        self.aarLayout.addWidget(self.aarDifferenceLabel)

        self.aarDifference = QPlainTextEdit(self.aarBox)
        self.aarDifference.setObjectName(u"aarDifference")
        self.aarDifference.setTabChangesFocus(True)

        self.aarLayout.addWidget(self.aarDifference)


        self.contentsLayout.addWidget(self.aarBox)

        self.seipsBox = QGroupBox(self.scrollContents)
        self.seipsBox.setObjectName(u"seipsBox")
        self.seipsLayout = QVBoxLayout(self.seipsBox)
        self.seipsLayout.setObjectName(u"seipsLayout")
        self.seipsHelp = QLabel(self.seipsBox)
        self.seipsHelp.setObjectName(u"seipsHelp")
        self.seipsHelp.setWordWrap(True)

        self.seipsLayout.addWidget(self.seipsHelp)

        self.seips = SeipsGrid(self.seipsBox)
        self.seips.setObjectName(u"seips")

        self.seipsLayout.addWidget(self.seips)

        self.everydayRow = QHBoxLayout()
        self.everydayRow.setObjectName(u"everydayRow")
        self.everydayWorkLabel = QLabel(self.seipsBox)
        self.everydayWorkLabel.setObjectName(u"everydayWorkLabel")

        self.everydayRow.addWidget(self.everydayWorkLabel)

        self.everydayWork = QComboBox(self.seipsBox)
        self.everydayWork.setObjectName(u"everydayWork")

        self.everydayRow.addWidget(self.everydayWork)

        self.everydaySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.everydayRow.addItem(self.everydaySpacer)


        self.seipsLayout.addLayout(self.everydayRow)


        self.contentsLayout.addWidget(self.seipsBox)

        self.impactBox = QGroupBox(self.scrollContents)
        self.impactBox.setObjectName(u"impactBox")
        self.impactLayout = QVBoxLayout(self.impactBox)
        self.impactLayout.setObjectName(u"impactLayout")
        self.shiftRow = QHBoxLayout()
        self.shiftRow.setObjectName(u"shiftRow")
        self.shiftImpactLabel = QLabel(self.impactBox)
        self.shiftImpactLabel.setObjectName(u"shiftImpactLabel")

        self.shiftRow.addWidget(self.shiftImpactLabel)

        self.shiftImpact = QComboBox(self.impactBox)
        self.shiftImpact.setObjectName(u"shiftImpact")

        self.shiftRow.addWidget(self.shiftImpact)

        self.shiftImpactDetail = QLineEdit(self.impactBox)
        self.shiftImpactDetail.setObjectName(u"shiftImpactDetail")

        self.shiftRow.addWidget(self.shiftImpactDetail)


        self.impactLayout.addLayout(self.shiftRow)

        self.teamImpactLabel = QLabel(self.impactBox)
        self.teamImpactLabel.setObjectName(u"teamImpactLabel")
        self.teamImpactLabel.setWordWrap(True)

        self.impactLayout.addWidget(self.teamImpactLabel)

        self.teamImpact = QPlainTextEdit(self.impactBox)
        self.teamImpact.setObjectName(u"teamImpact")
        self.teamImpact.setTabChangesFocus(True)

        self.impactLayout.addWidget(self.teamImpact)

        self.supportLabel = QLabel(self.impactBox)
        self.supportLabel.setObjectName(u"supportLabel")

        self.impactLayout.addWidget(self.supportLabel)

        self.support = ChoiceChecks(self.impactBox)
        self.support.setObjectName(u"support")

        self.impactLayout.addWidget(self.support)

        self.trainingLabel = QLabel(self.impactBox)
        self.trainingLabel.setObjectName(u"trainingLabel")

        self.impactLayout.addWidget(self.trainingLabel)

        self.training = TrainingEditor(self.impactBox)
        self.training.setObjectName(u"training")

        self.impactLayout.addWidget(self.training)


        self.contentsLayout.addWidget(self.impactBox)

        self.nextBox = QGroupBox(self.scrollContents)
        self.nextBox.setObjectName(u"nextBox")
        self.nextLayout = QVBoxLayout(self.nextBox)
        self.nextLayout.setObjectName(u"nextLayout")
        self.immediateActionsLabel = QLabel(self.nextBox)
        self.immediateActionsLabel.setObjectName(u"immediateActionsLabel")
        self.immediateActionsLabel.setWordWrap(True)

        self.nextLayout.addWidget(self.immediateActionsLabel)

        self.immediateActions = QPlainTextEdit(self.nextBox)
        self.immediateActions.setObjectName(u"immediateActions")
        self.immediateActions.setTabChangesFocus(True)

        self.nextLayout.addWidget(self.immediateActions)

        self.learnedLabel = QLabel(self.nextBox)
        self.learnedLabel.setObjectName(u"learnedLabel")

        self.nextLayout.addWidget(self.learnedLabel)

        self.learned = QPlainTextEdit(self.nextBox)
        self.learned.setObjectName(u"learned")
        self.learned.setTabChangesFocus(True)

        self.nextLayout.addWidget(self.learned)

        self.actionsLabel = QLabel(self.nextBox)
        self.actionsLabel.setObjectName(u"actionsLabel")
        self.actionsLabel.setWordWrap(True)

        self.nextLayout.addWidget(self.actionsLabel)

        self.actions = FollowUpActions(self.nextBox)
        self.actions.setObjectName(u"actions")

        self.nextLayout.addWidget(self.actions)

        self.documentationRow = QHBoxLayout()
        self.documentationRow.setObjectName(u"documentationRow")
        self.documentationLabel = QLabel(self.nextBox)
        self.documentationLabel.setObjectName(u"documentationLabel")
        self.documentationLabel.setWordWrap(True)

        self.documentationRow.addWidget(self.documentationLabel)

        self.documentation = QLineEdit(self.nextBox)
        self.documentation.setObjectName(u"documentation")

        self.documentationRow.addWidget(self.documentation)


        self.nextLayout.addLayout(self.documentationRow)

        self.shareRow = QHBoxLayout()
        self.shareRow.setObjectName(u"shareRow")
        self.shareAtHuddle = QCheckBox(self.nextBox)
        self.shareAtHuddle.setObjectName(u"shareAtHuddle")

        self.shareRow.addWidget(self.shareAtHuddle)

        self.sharedLabel = QLabel(self.nextBox)
        self.sharedLabel.setObjectName(u"sharedLabel")
        self.sharedLabel.setWordWrap(True)

        self.shareRow.addWidget(self.sharedLabel)

        self.shareSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.shareRow.addItem(self.shareSpacer)


        self.nextLayout.addLayout(self.shareRow)

        self.laterRow = QHBoxLayout()
        self.laterRow.setObjectName(u"laterRow")
        self.laterDueLabel = QLabel(self.nextBox)
        self.laterDueLabel.setObjectName(u"laterDueLabel")

        self.laterRow.addWidget(self.laterDueLabel)

        self.laterDue = OptionalDateEdit(self.nextBox)
        self.laterDue.setObjectName(u"laterDue")

        self.laterRow.addWidget(self.laterDue)

        self.laterHint = QLabel(self.nextBox)
        self.laterHint.setObjectName(u"laterHint")
        self.laterHint.setWordWrap(True)

        self.laterRow.addWidget(self.laterHint)

        self.laterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.laterRow.addItem(self.laterSpacer)


        self.nextLayout.addLayout(self.laterRow)


        self.contentsLayout.addWidget(self.nextBox)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.bottomSpacer)

        self.scroll.setWidget(self.scrollContents)

        self.outerLayout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.eventDateLabel.setBuddy(self.eventDate)
        self.eventTimeLabel.setBuddy(self.eventTime)
        self.huddleDateLabel.setBuddy(self.huddleDate)
        self.huddleTimeLabel.setBuddy(self.huddleTime)
        self.eventTypeLabel.setBuddy(self.eventType)
        self.categoryLabel.setBuddy(self.category)
        self.reportedLabel.setBuddy(self.reported)
        self.incidentRefLabel.setBuddy(self.incidentRef)
        self.physicalHarmLabel.setBuddy(self.physicalHarm)
        self.psychologicalHarmLabel.setBuddy(self.psychologicalHarm)
        self.facilitatorLabel.setBuddy(self.facilitator)
        self.aarExpectedLabel.setBuddy(self.aarExpected)
        self.aarHappenedLabel.setBuddy(self.aarHappened)
        self.aarDifferenceLabel.setBuddy(self.aarDifference)
        self.everydayWorkLabel.setBuddy(self.everydayWork)
        self.shiftImpactLabel.setBuddy(self.shiftImpact)
        self.teamImpactLabel.setBuddy(self.teamImpact)
        self.immediateActionsLabel.setBuddy(self.immediateActions)
        self.learnedLabel.setBuddy(self.learned)
        self.documentationLabel.setBuddy(self.documentation)
        self.laterDueLabel.setBuddy(self.laterDue)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.eventDate, self.eventTime)
        QWidget.setTabOrder(self.eventTime, self.huddleDate)
        QWidget.setTabOrder(self.huddleDate, self.huddleTime)
        QWidget.setTabOrder(self.huddleTime, self.eventType)
        QWidget.setTabOrder(self.eventType, self.category)
        QWidget.setTabOrder(self.category, self.reported)
        QWidget.setTabOrder(self.reported, self.incidentRef)
        QWidget.setTabOrder(self.incidentRef, self.physicalHarm)
        QWidget.setTabOrder(self.physicalHarm, self.psychologicalHarm)
        QWidget.setTabOrder(self.psychologicalHarm, self.facilitator)
        QWidget.setTabOrder(self.facilitator, self.groundRules)
        QWidget.setTabOrder(self.groundRules, self.aarExpected)
        QWidget.setTabOrder(self.aarExpected, self.aarHappened)
        QWidget.setTabOrder(self.aarHappened, self.aarDifference)
        QWidget.setTabOrder(self.aarDifference, self.everydayWork)
        QWidget.setTabOrder(self.everydayWork, self.shiftImpact)
        QWidget.setTabOrder(self.shiftImpact, self.shiftImpactDetail)
        QWidget.setTabOrder(self.shiftImpactDetail, self.teamImpact)
        QWidget.setTabOrder(self.teamImpact, self.immediateActions)
        QWidget.setTabOrder(self.immediateActions, self.learned)
        QWidget.setTabOrder(self.learned, self.documentation)
        QWidget.setTabOrder(self.documentation, self.shareAtHuddle)
        QWidget.setTabOrder(self.shareAtHuddle, self.laterDue)
        QWidget.setTabOrder(self.laterDue, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.backToList)

        self.retranslateUi(PostEventForm)

        QMetaObject.connectSlotsByName(PostEventForm)
    # setupUi

    def retranslateUi(self, PostEventForm):
#if QT_CONFIG(accessibility)
        self.backToList.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Back to the list of reflections", None))
#endif // QT_CONFIG(accessibility)
        self.backToList.setText(QCoreApplication.translate("PostEventForm", u"\u2190 &Back to list", None))
        self.formTitle.setText(QCoreApplication.translate("PostEventForm", u"Hot debrief", None))
        self.savedIndicator.setText("")
#if QT_CONFIG(accessibility)
        self.reloadButton.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Reload the saved version", None))
#endif // QT_CONFIG(accessibility)
        self.reloadButton.setText(QCoreApplication.translate("PostEventForm", u"Re&load", None))
#if QT_CONFIG(tooltip)
        self.reloadButton.setToolTip(QCoreApplication.translate("PostEventForm", u"Reload the saved version", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Save now (Ctrl+S)", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("PostEventForm", u"&Save now", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("PostEventForm", u"Ctrl+S", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Print (Ctrl+P)", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("PostEventForm", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("PostEventForm", u"Ctrl+P", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.pdfButton.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Save as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.pdfButton.setText(QCoreApplication.translate("PostEventForm", u"Save as PD&F\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Delete this reflection", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("PostEventForm", u"&Delete\u2026", None))
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.scroll.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Hot debrief form", None))
#endif // QT_CONFIG(accessibility)
        self.standingNote.setText("")
        self.sourceLabel.setText("")
        self.whenBox.setTitle(QCoreApplication.translate("PostEventForm", u"1. The event and this huddle", None))
        self.eventDateLabel.setText(QCoreApplication.translate("PostEventForm", u"Event &date", None))
#if QT_CONFIG(accessibility)
        self.eventDate.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Event date", None))
#endif // QT_CONFIG(accessibility)
        self.eventDate.setDisplayFormat(QCoreApplication.translate("PostEventForm", u"dd/MM/yyyy", None))
        self.eventTimeLabel.setText(QCoreApplication.translate("PostEventForm", u"Event &time (if known)", None))
#if QT_CONFIG(accessibility)
        self.eventTime.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Event time, 24-hour clock, if known", None))
#endif // QT_CONFIG(accessibility)
        self.eventTime.setPlaceholderText(QCoreApplication.translate("PostEventForm", u"HH:MM", None))
        self.huddleDateLabel.setText(QCoreApplication.translate("PostEventForm", u"Huddle date", None))
#if QT_CONFIG(accessibility)
        self.huddleDate.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Huddle date", None))
#endif // QT_CONFIG(accessibility)
        self.huddleDate.setDisplayFormat(QCoreApplication.translate("PostEventForm", u"dd/MM/yyyy", None))
        self.huddleTimeLabel.setText(QCoreApplication.translate("PostEventForm", u"Huddle time", None))
#if QT_CONFIG(accessibility)
        self.huddleTime.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Huddle time, 24-hour clock", None))
#endif // QT_CONFIG(accessibility)
        self.huddleTime.setPlaceholderText(QCoreApplication.translate("PostEventForm", u"HH:MM", None))
        self.timingLabel.setText("")
        self.swarmHint.setText("")
        self.eventTypeLabel.setText(QCoreApplication.translate("PostEventForm", u"Event t&ype", None))
#if QT_CONFIG(accessibility)
        self.eventType.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Event type", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("PostEventForm", u"&Category", None))
#if QT_CONFIG(accessibility)
        self.category.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.reportedLabel.setText(QCoreApplication.translate("PostEventForm", u"Reported on the trust's incident system?", None))
#if QT_CONFIG(accessibility)
        self.reported.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Reported on the trust's incident system?", None))
#endif // QT_CONFIG(accessibility)
        self.incidentRefLabel.setText(QCoreApplication.translate("PostEventForm", u"Incident &reference", None))
#if QT_CONFIG(accessibility)
        self.incidentRef.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Incident reference (Datix, InPhase or Radar)", None))
#endif // QT_CONFIG(accessibility)
        self.incidentRef.setPlaceholderText(QCoreApplication.translate("PostEventForm", u"Datix, InPhase or Radar ID", None))
        self.physicalHarmLabel.setText(QCoreApplication.translate("PostEventForm", u"&Physical harm", None))
#if QT_CONFIG(accessibility)
        self.physicalHarm.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Level of physical harm", None))
#endif // QT_CONFIG(accessibility)
        self.psychologicalHarmLabel.setText(QCoreApplication.translate("PostEventForm", u"Psychological harm", None))
#if QT_CONFIG(accessibility)
        self.psychologicalHarm.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Level of psychological harm", None))
#endif // QT_CONFIG(accessibility)
        self.whoBox.setTitle(QCoreApplication.translate("PostEventForm", u"2. Who took part", None))
        self.facilitatorLabel.setText(QCoreApplication.translate("PostEventForm", u"&Facilitator", None))
#if QT_CONFIG(accessibility)
        self.facilitator.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Facilitator", None))
#endif // QT_CONFIG(accessibility)
        self.facilitator.setPlaceholderText(QCoreApplication.translate("PostEventForm", u"Ideally someone not directly involved", None))
        self.participantsLabel.setText(QCoreApplication.translate("PostEventForm", u"Participants: invite every role involved (HCA, nurse, doctor, AHP, porter\u2026), and the patient, family or carer if they wish.", None))
#if QT_CONFIG(accessibility)
        self.groundRules.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Ground rules agreed: no blame, what is said here stays here, every view counts", None))
#endif // QT_CONFIG(accessibility)
        self.groundRules.setText(QCoreApplication.translate("PostEventForm", u"&Ground rules agreed", None))
        self.groundRulesHint.setText(QCoreApplication.translate("PostEventForm", u"(no blame; what is said here stays here; every view counts)", None))
        self.aarBox.setTitle(QCoreApplication.translate("PostEventForm", u"3. What happened (After Action Review)", None))
        self.aarExpectedLabel.setText(QCoreApplication.translate("PostEventForm", u"What was expected to happen?", None))
#if QT_CONFIG(accessibility)
        self.aarExpected.setAccessibleName(QCoreApplication.translate("PostEventForm", u"What was expected to happen?", None))
#endif // QT_CONFIG(accessibility)
        self.aarHappenedLabel.setText(QCoreApplication.translate("PostEventForm", u"What actually happened? Describe the conditions at the time, not who was at fault.", None))
#if QT_CONFIG(accessibility)
        self.aarHappened.setAccessibleName(QCoreApplication.translate("PostEventForm", u"What actually happened?", None))
#endif // QT_CONFIG(accessibility)
        self.aarDifferenceLabel.setText(QCoreApplication.translate("PostEventForm", u"Why was there a difference? Look for what in the work system made it more likely.", None))
#if QT_CONFIG(accessibility)
        self.aarDifference.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Why was there a difference?", None))
#endif // QT_CONFIG(accessibility)
        self.seipsBox.setTitle(QCoreApplication.translate("PostEventForm", u"4. The work system (SEIPS)", None))
        self.seipsHelp.setText(QCoreApplication.translate("PostEventForm", u"For each part of the work system: did it help, hinder, or both? Hover or focus a row for prompts. Describe conditions, not people's failings.", None))
        self.everydayWorkLabel.setText(QCoreApplication.translate("PostEventForm", u"Is this part of everyday &work here?", None))
#if QT_CONFIG(accessibility)
        self.everydayWork.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Is this part of everyday work here?", None))
#endif // QT_CONFIG(accessibility)
        self.impactBox.setTitle(QCoreApplication.translate("PostEventForm", u"5. Impact and support", None))
        self.shiftImpactLabel.setText(QCoreApplication.translate("PostEventForm", u"Impact on the shift", None))
#if QT_CONFIG(accessibility)
        self.shiftImpact.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Impact on the shift", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.shiftImpactDetail.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Impact on the shift: details", None))
#endif // QT_CONFIG(accessibility)
        self.shiftImpactDetail.setPlaceholderText(QCoreApplication.translate("PostEventForm", u"Details, e.g. drug round ran an hour late", None))
        self.teamImpactLabel.setText(QCoreApplication.translate("PostEventForm", u"Impact on team members: how are people?", None))
#if QT_CONFIG(accessibility)
        self.teamImpact.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Impact on team members", None))
#endif // QT_CONFIG(accessibility)
        self.supportLabel.setText(QCoreApplication.translate("PostEventForm", u"Support offered or needed", None))
        self.trainingLabel.setText(QCoreApplication.translate("PostEventForm", u"Training needs", None))
        self.nextBox.setTitle(QCoreApplication.translate("PostEventForm", u"6. Next steps", None))
        self.immediateActionsLabel.setText(QCoreApplication.translate("PostEventForm", u"Immediate actions taken to reduce risk", None))
#if QT_CONFIG(accessibility)
        self.immediateActions.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Immediate actions taken to reduce risk", None))
#endif // QT_CONFIG(accessibility)
        self.learnedLabel.setText(QCoreApplication.translate("PostEventForm", u"What have we learned?", None))
#if QT_CONFIG(accessibility)
        self.learned.setAccessibleName(QCoreApplication.translate("PostEventForm", u"What have we learned?", None))
#endif // QT_CONFIG(accessibility)
        self.actionsLabel.setText(QCoreApplication.translate("PostEventForm", u"Follow-up actions: these go into the ward's action register (Ctrl+N for a new one).", None))
        self.documentationLabel.setText(QCoreApplication.translate("PostEventForm", u"How findings will be documented or escalated", None))
#if QT_CONFIG(accessibility)
        self.documentation.setAccessibleName(QCoreApplication.translate("PostEventForm", u"How findings will be documented or escalated", None))
#endif // QT_CONFIG(accessibility)
        self.documentation.setPlaceholderText(QCoreApplication.translate("PostEventForm", u"e.g. summary to matron; ward governance log", None))
#if QT_CONFIG(accessibility)
        self.shareAtHuddle.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Share the learning at the next daily huddle", None))
#endif // QT_CONFIG(accessibility)
        self.shareAtHuddle.setText(QCoreApplication.translate("PostEventForm", u"S&hare the learning at the next daily huddle", None))
        self.sharedLabel.setText("")
        self.laterDueLabel.setText(QCoreApplication.translate("PostEventForm", u"Date for the later &reflection", None))
#if QT_CONFIG(accessibility)
        self.laterDue.setAccessibleName(QCoreApplication.translate("PostEventForm", u"Date for the later reflection", None))
#endif // QT_CONFIG(accessibility)
        self.laterHint.setText(QCoreApplication.translate("PostEventForm", u"Usually a few weeks after the event.", None))
        pass
    # retranslateUi

