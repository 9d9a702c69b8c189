# Generated from forms/huddle_safety_cross.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QLabel, QVBoxLayout, QWidget)

class Ui_HuddleSafetyCross(object):
    def setupUi(self, crossGroup):
        if not crossGroup.objectName():
            crossGroup.setObjectName(u"crossGroup")
        self.crossLayout = QVBoxLayout(crossGroup)
        self.crossLayout.setObjectName(u"crossLayout")
        self.crossRows = QWidget(crossGroup)
        self.crossRows.setObjectName(u"crossRows")

        self.crossLayout.addWidget(self.crossRows)

        self.crossMonthLabel = QLabel(crossGroup)
        self.crossMonthLabel.setObjectName(u"crossMonthLabel")

        self.crossLayout.addWidget(self.crossMonthLabel)

        self.crossMonth = QWidget(crossGroup)
        self.crossMonth.setObjectName(u"crossMonth")

        self.crossLayout.addWidget(self.crossMonth)


        self.retranslateUi(crossGroup)

        QMetaObject.connectSlotsByName(crossGroup)
    # setupUi

    def retranslateUi(self, crossGroup):
        crossGroup.setTitle(QCoreApplication.translate("HuddleSafetyCross", u"Safety cross: today", None))
        self.crossMonthLabel.setText(QCoreApplication.translate("HuddleSafetyCross", u"This month", None))
    # retranslateUi

